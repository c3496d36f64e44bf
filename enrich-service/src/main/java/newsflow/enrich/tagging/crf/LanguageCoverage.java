package newsflow.enrich.tagging.crf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;

/**
 * Which language an article is tagged in, and whether a statistical model covers it. English, German, French and
 * Spanish have CoreNLP models; an article of unknown language whose letters are mostly Latin is tagged as English;
 * any other language gets the gazetteers' tags only (in their names for that language where the gazetteers have
 * them: Danish, Swedish, Norwegian, Dutch, Italian, Portuguese, Polish), and the provenance says why.
 *
 * @param code       the ISO 639-1 code the article is tagged in ("nb" for Norwegian, written "no" too), or null when
 *                   unknown
 * @param statistical whether a statistical model runs
 * @param note       why none runs, for the provenance
 */
record LanguageCoverage(String code, boolean statistical, Optional<String> note) {

    private static final int SAMPLE_CHARS = 4000;

    /** The coverage of an article in a language (an ISO 639-1 code with an optional region, or null). */
    static LanguageCoverage of(String language, List<Zone> zones) {
        if (language != null && !language.isBlank()) {
            String code = language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
            code = code.equals("no") ? "nb" : code;
            return LanguageModels.covers(code)
                    ? new LanguageCoverage(code, true, Optional.empty())
                    : new LanguageCoverage(
                            code,
                            false,
                            Optional.of("language " + code + ": no statistical model for "
                                    + "this language (newsflow has English, German, French and Spanish); gazetteer matches "
                                    + "only"));
        }
        return mostlyLatin(zones)
                ? new LanguageCoverage("en", true, Optional.empty())
                : new LanguageCoverage(
                        null,
                        false,
                        Optional.of("language unknown and most letters are not Latin: " + "gazetteer matches only"));
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
                    } else {
                        other++;
                    }
                }
            }
        }
        return latin >= other;
    }
}
