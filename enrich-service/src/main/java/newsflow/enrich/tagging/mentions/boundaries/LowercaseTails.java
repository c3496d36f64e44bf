package newsflow.enrich.tagging.mentions.boundaries;

import java.util.List;
import java.util.Set;
import newsflow.contract.EntityType;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Words;

/**
 * A common noun in small letters that the model ran into the name before it: a place's feature or division ("the
 * Delimara peninsula", "the Poike peninsula") or a company's word ("the Hallett company"). No name ends in such a word:
 * the name is the words before it, a place or a company. (A body's noun after a place, "Dublin council", is left to
 * {@code NameVariants}, which joins it to the body's full name in the article.)
 */
public final class LowercaseTails {

    /** Nouns for a place's feature or division: what stands before them is the place. */
    private static final Set<String> PLACE_NOUNS =
            Set.of("peninsula", "island", "islands", "province", "district", "region", "valley", "lagoon");

    /** Nouns for a company: what stands before them is the company's name. */
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm");

    private LowercaseTails() {}

    /** The candidates, with each model name that ends in such a noun cut before it. */
    public static List<Span> cut(List<Span> candidates) {
        return candidates.stream().map(LowercaseTails::cut).toList();
    }

    private static Span cut(Span span) {
        if (span.known() != null || span.tokens() < 2) {
            return span;
        }
        String[] words = Words.of(span.text());
        String last = words[words.length - 1];
        boolean place = PLACE_NOUNS.contains(last);
        if (!place && !COMPANY_NOUNS.contains(last)) {
            return span;
        }
        for (int i = 0; i < words.length - 1; i++) {
            if (!Character.isUpperCase(words[i].codePointAt(0))) {
                return span; // "Isle of Wight peninsula": a name with a word in small letters is left whole
            }
        }
        int end = span.text().lastIndexOf(' ' + last);
        return span.part(0, end, place ? EntityType.LOCATION : EntityType.ORGANIZATION);
    }
}
