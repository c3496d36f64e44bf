package newsflow.ingest.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.CleanArticle;

/**
 * Detects the language of an article's cleaned text with Lingua, for articles whose publisher named none. The
 * detector knows a bounded set of languages in Lingua's low-accuracy mode (trigram models only), which holds about
 * 1 MB of heap per language instead of about 25 MB, and is accurate on text of article length. Only the first
 * {@value #SAMPLE_LENGTH} characters of headline, standfirst and body are read: more would cost time and tell
 * nothing new. A text with fewer than {@value #MIN_LETTERS} letters is too short to tell, and gets no language.
 * Thread-safe; Lingua shares the loaded models between detectors of the same languages.
 */
public final class LanguageDetection {

    /** The languages detected by default: those of the European and major world news markets. */
    public static final List<String> DEFAULT_LANGUAGES =
            List.of("en", "da", "de", "fr", "es", "it", "nl", "sv", "nb", "pl", "pt", "ru", "uk", "ar", "zh", "ja");

    static final int SAMPLE_LENGTH = 1000;
    static final int MIN_LETTERS = 20;

    private final LanguageDetector detector;

    private LanguageDetection(LanguageDetector detector) {
        this.detector = detector;
    }

    /**
     * A detector of these languages, given as ISO 639-1 codes, with their models loaded.
     *
     * @throws IllegalArgumentException when a code is not one Lingua knows
     */
    public static LanguageDetection of(List<String> isoCodes) {
        if (isoCodes.size() < 2) {
            throw new IllegalArgumentException("language detection needs at least two languages to tell apart");
        }
        IsoCode639_1[] codes = isoCodes.stream().map(LanguageDetection::isoCode).toArray(IsoCode639_1[]::new);
        return new LanguageDetection(LanguageDetectorBuilder.fromIsoCodes639_1(codes)
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build());
    }

    /** The detector of {@link #DEFAULT_LANGUAGES}, built once and shared. */
    public static LanguageDetection defaults() {
        return Defaults.INSTANCE;
    }

    /** The ISO 639-1 code of the language the article is written in, or null when it cannot tell. */
    public String languageOf(CleanArticle article) {
        String sample = sample(article);
        if (letters(sample) < MIN_LETTERS) {
            return null;
        }
        Language language = detector.detectLanguageOf(sample);
        return language == Language.UNKNOWN
                ? null
                : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    private static String sample(CleanArticle article) {
        var sample = new StringBuilder(SAMPLE_LENGTH);
        for (ZoneName zone : List.of(ZoneName.HEADLINE, ZoneName.STANDFIRST, ZoneName.BODY)) {
            String text = article.text(zone);
            int room = SAMPLE_LENGTH - sample.length();
            if (room <= 0) {
                break;
            }
            sample.append(text, 0, Math.min(text.length(), room)).append('\n');
        }
        return sample.toString();
    }

    private static int letters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    private static IsoCode639_1 isoCode(String code) {
        try {
            IsoCode639_1 isoCode = IsoCode639_1.valueOf(code.trim().toUpperCase(Locale.ROOT));
            if (isoCode == IsoCode639_1.NONE) {
                throw new IllegalArgumentException("no language: " + code);
            }
            return isoCode;
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("not an ISO 639-1 code of a language Lingua detects: " + code, ex);
        }
    }

    /** Holds the shared default detector, built on first use. */
    private static final class Defaults {
        static final LanguageDetection INSTANCE = of(DEFAULT_LANGUAGES);
    }
}
