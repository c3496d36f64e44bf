package newsflow.enrich.tagging.text;

import java.util.Set;

/**
 * Names of bodies that their place or their subject follows after "of": "the High Court of Solomon Islands", "the
 * Legislature of the Virgin Islands", "the University of the West Indies". Such a name is an organisation's, whatever
 * word ends it.
 */
public final class BodyNames {

    /** Words for bodies that an "of" and their place or subject follow. */
    private static final Set<String> BODIES = Set.of(
            "University",
            "Parliament",
            "Government",
            "Bank",
            "Assembly",
            "Legislature",
            "Senate",
            "Court",
            "Ministry",
            "Council",
            "Department",
            "Institute",
            "Agency",
            "Authority",
            "Commission",
            "Office",
            "Bureau");

    private BodyNames() {}

    /** Whether a word for a body stands right before an "of" among the name's words. */
    public static boolean haveBodyOf(String[] words) {
        for (int i = 0; i + 1 < words.length; i++) {
            if (BODIES.contains(words[i]) && words[i + 1].equals("of")) {
                return true;
            }
        }
        return false;
    }
}
