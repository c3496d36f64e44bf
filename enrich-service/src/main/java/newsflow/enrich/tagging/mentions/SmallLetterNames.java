package newsflow.enrich.tagging.mentions;

import java.util.List;
import java.util.function.Predicate;

/**
 * Words in small letters that the model takes for a name ("a miller's daughter", "the diaspora", "fintech",
 * "dolphins"). A name of one word the gazetteers do not know holds a capital letter somewhere ("bKash"), so the model's
 * one-word names without one are dropped, unless the list of the world's place names has the word ("germany" in a
 * results table); a name the gazetteers know stays ("dpa", a news agency), and so do names of several words, which
 * news agencies write in small letters too ("the interior ministry").
 */
public final class SmallLetterNames {

    private SmallLetterNames() {}

    /**
     * The candidates without the model's one-word names that hold no capital letter; {@code placeName} tells a place's
     * name.
     */
    public static List<Span> drop(List<Span> candidates, Predicate<String> placeName) {
        return candidates.stream()
                .filter(span -> span.known() != null
                        || span.text().indexOf(' ') >= 0
                        || span.text().codePoints().anyMatch(Character::isUpperCase)
                        || placeName.test(span.text()))
                .toList();
    }
}
