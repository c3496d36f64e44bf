package newsflow.enrich.tagging.text;

import java.util.Set;

/** The legal forms that end companies' names: "Inc", "Corp.", "Ltd", "plc", "GmbH", Indonesia's "Tbk", Malaysia's "Berhad". */
public final class LegalForms {

    private static final Set<String> FORMS = Set.of(
            "Inc",
            "Inc.",
            "Corp",
            "Corp.",
            "Co",
            "Co.",
            "Ltd",
            "Ltd.",
            "Limited",
            "LLC",
            "plc",
            "PLC",
            "AG",
            "SA",
            "S.A.",
            "NV",
            "N.V.",
            "GmbH",
            "AB",
            "ASA",
            "Oyj",
            "SpA",
            "S.p.A.",
            "Corporation",
            "Incorporated",
            "Tbk",
            "Tbk.",
            "Berhad",
            "Bhd",
            "Bhd.");

    /** The legal forms that begin companies' names: Indonesia's "PT" ("PT Vale Indonesia"). */
    private static final Set<String> PREFIXES = Set.of("PT");

    private LegalForms() {}

    /** Whether the first of the words is a company's legal form that begins its name. */
    public static boolean beginsWithOne(String[] words) {
        return words.length > 1 && PREFIXES.contains(words[0]);
    }

    /** Whether the word is a company's legal form. */
    public static boolean isOne(String word) {
        return FORMS.contains(word);
    }

    /** Whether the last of the words is a company's legal form. */
    public static boolean endsWithOne(String[] words) {
        return words.length > 0 && FORMS.contains(words[words.length - 1]);
    }
}
