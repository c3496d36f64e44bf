package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.LegalForms;
import newsflow.enrich.tagging.text.Words;

/**
 * A company whose name begins with a possessive ("Boatmen's Bancshares Inc", "McDonald's Corp", "Sainsbury's
 * Supermarkets") is called by the possessive alone ("Boatmen's was the prize", "a bid for Boatmen's"), which the model
 * cuts at the "'s". Where the article names such a company in full (joined here where the model cut it in two), the
 * possessor's word followed by its "'s" is the company's short name, whatever the model made of the word.
 */
public final class PossessorNames {

    /** A name that begins with one word and its possessive, then a capitalised word: "Boatmen 's Bancshares". */
    private static final Pattern POSSESSOR_FIRST = Pattern.compile("^(\\p{Lu}[\\p{L}-]*) ?['’]s \\p{Lu}");
    /** The possessive right after a word, as written or as tokenised wire copy writes it: "'s", " 's", "’s". */
    private static final Pattern POSSESSIVE = Pattern.compile("^ ?['’]s(?![\\p{L}\\p{N}])");

    private PossessorNames() {}

    public static List<Span> extend(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        candidates = Span.replacing(candidates, joined(candidates, zoneTexts));
        Set<String> possessors = new HashSet<>();
        for (Span span : candidates) {
            Matcher name = POSSESSOR_FIRST.matcher(span.text());
            if (span.type() == EntityType.ORGANIZATION && name.find()) {
                possessors.add(name.group(1));
            }
        }
        if (possessors.isEmpty()) {
            return candidates;
        }
        return candidates.stream()
                .map(span -> possessors.contains(span.text()) ? withPossessive(span, zoneTexts.get(span.zone())) : span)
                .toList();
    }

    /**
     * The company's full name where the model cut it at the possessive: an unknown word, its "'s", then a name the
     * model calls an organisation that ends in a legal form ("Ferrymen" + "'s " + "Bancshares Inc."). Not where the
     * gazetteers know the possessor: "Apple's Beats Electronics LLC" names two companies.
     */
    private static List<Span> joined(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        List<Span> found = new ArrayList<>();
        for (Span possessor : candidates) {
            if (possessor.known() != null || possessor.tokens() != 1) {
                continue;
            }
            String text = zoneTexts.get(possessor.zone());
            Matcher possessive =
                    POSSESSIVE.matcher(text.substring(possessor.end(), Math.min(text.length(), possessor.end() + 4)));
            if (!possessive.find()
                    || candidates.stream().anyMatch(span -> span.known() != null && span.overlaps(possessor))) {
                continue;
            }
            int restStart = possessor.end() + possessive.end() + 1;
            for (Span rest : candidates) {
                if (rest.zone() == possessor.zone()
                        && rest.start() == restStart
                        && rest.known() == null
                        && rest.type() == EntityType.ORGANIZATION
                        && LegalForms.endsWithOne(Words.of(rest.text()))) {
                    String name = text.substring(possessor.start(), rest.end());
                    found.add(new Span(
                            possessor.zone(),
                            possessor.start(),
                            rest.end(),
                            name,
                            EntityType.ORGANIZATION,
                            null,
                            MentionForm.NAME,
                            possessor.tokens() + 1 + rest.tokens()));
                }
            }
        }
        return found;
    }

    private static Span withPossessive(Span span, String zoneText) {
        Matcher possessive =
                POSSESSIVE.matcher(zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + 4)));
        if (!possessive.find()) {
            return span;
        }
        int end = span.end() + possessive.end();
        return new Span(
                span.zone(),
                span.start(),
                end,
                zoneText.substring(span.start(), end),
                EntityType.ORGANIZATION,
                null,
                span.form(),
                span.tokens() + 1);
    }
}
