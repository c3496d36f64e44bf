package newsflow.enrich.tagging.crf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;

/**
 * Whether the English statistical model may run on an article. It may when the article is in English or its
 * language is unknown and most of its letters are Latin; otherwise only the gazetteers tag it (names of countries,
 * organisations and cities are often written the same way in other languages) and the provenance says why.
 */
final class LanguageCoverage {

    private static final int SAMPLE_CHARS = 4000;

    private LanguageCoverage() {
    }

    /** Why the statistical model is not run on this article, or empty when it is. */
    static Optional<String> uncovered(String language, List<Zone> zones) {
        if (language != null && !language.isBlank()) {
            String code = language.strip().toLowerCase(Locale.ROOT);
            return code.equals("en") || code.startsWith("en-") ? Optional.empty() : Optional.of("language " + code
                    + ": the statistical model covers English only; gazetteer matches only");
        }
        return mostlyLatin(zones) ? Optional.empty() : Optional.of("language unknown and most letters are not Latin: "
                + "the statistical model covers English only; gazetteer matches only");
    }

    /** Whether most letters of the article's first few thousand characters are Latin. */
    private static boolean mostlyLatin(List<Zone> zones) {
        int latin = 0;
        int other = 0;
        int seen = 0;
        for (Zone zone : zones) {
            if (zone.name() == ZoneName.BOILERPLATE) {
                continue;
            }
            String text = zone.text();
            for (int i = 0; i < text.length() && seen < SAMPLE_CHARS; i++, seen++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                        latin++;
                    }
                    else {
                        other++;
                    }
                }
            }
        }
        return latin >= other;
    }
}
