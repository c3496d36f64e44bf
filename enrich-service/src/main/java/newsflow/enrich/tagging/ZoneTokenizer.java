package newsflow.enrich.tagging;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a zone's text into sentences of tokens with CoreNLP's PTB tokenizer, line by line (each line of a zone is
 * a paragraph). Offsets are into the zone text. Very long sentences are cut into pieces, so one 1 MB line without
 * punctuation cannot make the statistical model's work grow out of bounds.
 */
final class ZoneTokenizer {

    static final int MAX_SENTENCE_TOKENS = 250;
    private static final String OPTIONS = "invertible=false,untokenizable=noneKeep";

    private ZoneTokenizer() {
    }

    static List<List<Token>> sentences(String zoneText) {
        List<List<Token>> sentences = new ArrayList<>();
        int lineStart = 0;
        for (String line : zoneText.split("\n", -1)) {
            if (!line.isBlank()) {
                addSentences(line, lineStart, sentences);
            }
            lineStart += line.length() + 1;
        }
        return sentences;
    }

    private static void addSentences(String line, int offset, List<List<Token>> sentences) {
        var tokenizer = new PTBTokenizer<>(new StringReader(line), new CoreLabelTokenFactory(), OPTIONS);
        List<CoreLabel> labels = tokenizer.tokenize();
        for (List<CoreLabel> sentence : new WordToSentenceProcessor<CoreLabel>().process(labels)) {
            List<Token> tokens = new ArrayList<>(sentence.size());
            for (CoreLabel label : sentence) {
                tokens.add(new Token(line.substring(label.beginPosition(), label.endPosition()),
                        offset + label.beginPosition(), offset + label.endPosition()));
            }
            for (int from = 0; from < tokens.size(); from += MAX_SENTENCE_TOKENS) {
                sentences.add(tokens.subList(from, Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS)));
            }
        }
    }
}
