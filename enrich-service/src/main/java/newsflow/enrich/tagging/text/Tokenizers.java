package newsflow.enrich.tagging.text;

import edu.stanford.nlp.international.french.process.FrenchTokenizer;
import edu.stanford.nlp.international.spanish.process.SpanishTokenizer;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.List;

/**
 * CoreNLP's tokenizer for each language, with the options its pipeline uses for that language's models: the PTB
 * tokenizer for English (hyphenated words whole, as the English models were trained) and German (hyphens split, as
 * the German model was trained: "EZB-Präsidentin" is EZB, -, Präsidentin), the French tokenizer (elisions split: "d'"
 * and "Italie"), the Spanish tokenizer. Other languages are tokenized as English. Every token keeps its offsets.
 */
final class Tokenizers {

    private static final String KEEP_UNKNOWN = "untokenizable=noneKeep";
    private static final String ENGLISH = "invertible=false,splitHyphenated=false," + KEEP_UNKNOWN;
    private static final String GERMAN = "invertible=false,ptb3Escaping=false,splitHyphenated=true," + KEEP_UNKNOWN;
    private static final String FRENCH = "splitCompounds=false,splitContractions=false,quotes=ORIGINAL," + KEEP_UNKNOWN;
    private static final String SPANISH = "ellipses=ascii,splitAll=false," + KEEP_UNKNOWN;

    private Tokenizers() {}

    /** The tokens of a line of text in a language (an ISO 639-1 code, or null). */
    static List<CoreLabel> tokenize(String line, String language) {
        String code = language == null ? "en" : language;
        return switch (code) {
            case "de" -> new PTBTokenizer<>(new StringReader(line), new CoreLabelTokenFactory(), GERMAN).tokenize();
            case "fr" ->
                FrenchTokenizer.factory()
                        .getTokenizer(new StringReader(line), FRENCH)
                        .tokenize();
            case "es" ->
                SpanishTokenizer.factory(new CoreLabelTokenFactory(), SPANISH)
                        .getTokenizer(new StringReader(line))
                        .tokenize();
            default -> new PTBTokenizer<>(new StringReader(line), new CoreLabelTokenFactory(), ENGLISH).tokenize();
        };
    }
}
