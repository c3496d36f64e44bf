package newsflow.enrich.tagging.crf;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statistical models by language: CoreNLP's English CRFs (for text as written and for words in capitals), loaded
 * at start, and its German, French and Spanish CRFs, each loaded once, on the first article in its language, as the
 * log says. Thread-safe.
 */
final class LanguageModels {

    /** The model of each language with one, as a classpath resource. */
    static final Map<String, String> MODELS = Map.of(
            "de", "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz",
            "fr", "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz",
            "es", "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz");

    private static final Map<String, String> NAMES = Map.of("de", "German", "fr", "French", "es", "Spanish");

    private static final Logger log = LoggerFactory.getLogger(LanguageModels.class);

    private final CrfRecognizer english;
    private final CrfRecognizer caseless;
    private final ConcurrentMap<String, CrfRecognizer> others = new ConcurrentHashMap<>();

    LanguageModels(CrfRecognizer english, CrfRecognizer caseless) {
        this.english = english;
        this.caseless = caseless;
    }

    /** Whether a language (an ISO 639-1 code) has a model of its own. */
    static boolean covers(String language) {
        return language.equals("en") || MODELS.containsKey(language);
    }

    /** The model for text as written in a language that has one. */
    CrfRecognizer cased(String language) {
        if (language.equals("en")) {
            return english;
        }
        return others.computeIfAbsent(language, LanguageModels::load);
    }

    /** The model for words in capitals: only English has one. */
    Optional<CrfRecognizer> caseless(String language) {
        return language.equals("en") ? Optional.of(caseless) : Optional.empty();
    }

    CrfRecognizer english() {
        return english;
    }

    CrfRecognizer englishCaseless() {
        return caseless;
    }

    private static CrfRecognizer load(String language) {
        String resource = MODELS.get(language);
        long start = System.nanoTime();
        CrfRecognizer model = CrfRecognizer.load(resource);
        log.info(
                "Loaded the {} model {} for the first article in {} in {} ms",
                NAMES.get(language),
                model.modelName(),
                NAMES.get(language),
                (System.nanoTime() - start) / 1_000_000);
        return model;
    }
}
