package newsflow.enrich.tagging.mentions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import newsflow.contract.EntityType;
import newsflow.enrich.tagging.text.Words;

/**
 * Two names written side by side that the model reads as one ("in der Europa League Olympique Marseille besiegt"):
 * where a model name ends with an organisation's name of two words or more that the gazetteers know, and the words
 * before it are two or more others, each with a capital, the model's name ends before the known one. Names joined by
 * small words ("Bank of America Merrill Lynch") are left whole, and so are a country's or its people's name before
 * the known one ("North Korean Red Cross") and a known name that this article would not take (a club's name outside
 * sport).
 */
final class NamesSideBySide {

    private NamesSideBySide() {}

    /**
     * @param taken whether the article takes a known name without the model's word for it (a club's name only in an
     *              article about sport)
     */
    static List<Span> split(List<Span> candidates, Predicate<Span> taken) {
        List<Span> known = candidates.stream()
                .filter(span -> span.known() != null
                        && span.type() == EntityType.ORGANIZATION
                        && span.tokens() >= 2
                        && taken.test(span))
                .toList();
        if (known.isEmpty()) {
            return candidates;
        }
        List<Span> countries = candidates.stream()
                .filter(span -> span.known() != null && span.type() == EntityType.COUNTRY)
                .toList();
        List<Span> split = new ArrayList<>(candidates.size());
        for (Span span : candidates) {
            split.add(span.known() == null ? before(span, known, countries) : span);
        }
        return split;
    }

    private static Span before(Span model, List<Span> known, List<Span> countries) {
        for (Span name : known) {
            if (name.zone() != model.zone() || name.end() != model.end() || name.start() <= model.start()) {
                continue;
            }
            String rest =
                    model.text().substring(0, name.start() - model.start()).stripTrailing();
            String[] words = Words.of(rest);
            if (words.length >= 2
                    && rest.length() < name.start() - model.start()
                    && Arrays.stream(words).allMatch(word -> Character.isUpperCase(word.codePointAt(0)))) {
                Span part = model.part(0, rest.length(), model.type());
                return countries.stream().anyMatch(part::overlaps) ? model : part;
            }
        }
        return model;
    }
}
