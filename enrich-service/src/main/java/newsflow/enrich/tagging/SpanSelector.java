package newsflow.enrich.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsflow.contract.EntityType;

/**
 * Chooses among overlapping candidate mentions: the longest wins ("UN Human Rights Council" over "UN"); for the same
 * stretch of text, a gazetteer match wins over the model's, because it carries a canonical id, but for a city the
 * model calls an organisation: that is a club or team named after its city ("Chicago 4 Houston 3", "joined Milan
 * from Torino") in an article about sport. A whole-word gazetteer match inside what the model calls MISC is part of an event's or a work's name ("the U.S.
 * Open", "the Atlanta Games"), not a mention of the place.
 */
final class SpanSelector {

    private static final Comparator<Span> PRIORITY = Comparator
            .comparing(Span::zone)
            .thenComparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::length).reversed())
            .thenComparing(span -> span.known() == null);

    private SpanSelector() {
    }

    /**
     * @param candidates the mentions found, by the model and the gazetteers
     * @param other      the stretches the model calls MISC
     * @param sports     whether the article is about sport ({@link SportsContext})
     */
    static List<Span> select(List<Span> candidates, List<Span> other, boolean sports) {
        Map<List<Object>, Span> modelByEnd = new HashMap<>();
        for (Span span : candidates) {
            if (span.known() == null) {
                modelByEnd.merge(List.of(span.zone(), span.end()), span, (a, b) -> a.length() >= b.length() ? a : b);
            }
        }
        List<Span> sorted = new ArrayList<>(candidates.size());
        for (Span span : candidates) {
            if (span.known() == null || !insideAny(span, other)) {
                Span model = span.known() == null ? null : modelByEnd.get(List.of(span.zone(), span.end()));
                sorted.add(model == null ? span : withArticle(sports ? asClub(span, model) : span, model));
            }
        }
        sorted.sort(PRIORITY);
        List<Span> chosen = new ArrayList<>();
        for (Span span : sorted) {
            Span previous = chosen.isEmpty() ? null : chosen.get(chosen.size() - 1);
            if (previous == null || !previous.overlaps(span)) {
                chosen.add(span);
            }
            else if (span.length() > previous.length()) {
                chosen.set(chosen.size() - 1, span);
            }
        }
        return chosen;
    }

    /** Whether a whole-word match lies within a longer stretch the model calls MISC ("Hong Kong" in "Hong Kong Open"). */
    private static boolean insideAny(Span span, List<Span> other) {
        for (Span misc : other) {
            if (span.isStrictlyInside(misc) && span.tokens() < misc.tokens()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A known name the model found with a capitalised article before it ("at The Hague") is the known entity, named
     * by the words the model found.
     */
    private static Span withArticle(Span span, Span model) {
        if (span.known() != null && model.start() < span.start() && model.tokens() == span.tokens() + 1
                && model.text().startsWith("The ")) {
            return new Span(span.zone(), model.start(), span.end(), model.text(), span.type(), span.known(),
                    span.form(), model.tokens());
        }
        return span;
    }

    /** A city the model calls an organisation, on the very same words, is the organisation named after it. */
    private static Span asClub(Span span, Span model) {
        boolean club = span.known() != null && span.type() == EntityType.LOCATION
                && model.type() == EntityType.ORGANIZATION && model.sameStretch(span);
        return club ? model : span;
    }
}
