package newsflow.launcher.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL document written out as a scraped page: a line a sentence, its tokens joined by single spaces (the first
 * line, as in a scraped page, is the headline). Knows where each token of each line is, to map the tagger's mentions
 * back onto the tokens.
 */
final class DocumentText {

    private final String text;
    private final List<String> lines = new ArrayList<>();
    private final List<int[]> tokenStarts = new ArrayList<>();

    DocumentText(ConllCorpus.Document document) {
        var body = new StringBuilder();
        for (ConllCorpus.Sentence sentence : document.sentences()) {
            var line = new StringBuilder();
            int[] starts = new int[sentence.tokens().size()];
            for (int i = 0; i < starts.length; i++) {
                if (i > 0) {
                    line.append(' ');
                }
                starts[i] = line.length();
                line.append(sentence.tokens().get(i));
            }
            lines.add(line.toString());
            tokenStarts.add(starts);
            body.append(line).append('\n');
        }
        this.text = body.toString();
    }

    /** The page: a line a sentence. */
    String text() {
        return text;
    }

    int sentences() {
        return lines.size();
    }

    /** The line of sentence {@code index}, as it is in the page. */
    String line(int index) {
        return lines.get(index);
    }

    /** Where token {@code token} of sentence {@code sentence} starts in its line. */
    int tokenStart(int sentence, int token) {
        return tokenStarts.get(sentence)[token];
    }

    /** Where token {@code token} of sentence {@code sentence} ends in its line. */
    int tokenEnd(int sentence, int token) {
        int[] starts = tokenStarts.get(sentence);
        return token + 1 < starts.length
                ? starts[token + 1] - 1
                : lines.get(sentence).length();
    }

    /** The index of the token of a sentence that holds the character at {@code offset} of its line. */
    int tokenAt(int sentence, int offset) {
        int[] starts = tokenStarts.get(sentence);
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (starts[middle] <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
