package newsflow.enrich.tagging.text;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.contract.ZoneName;

/**
 * What the rules ask of an article's words as a whole: the words it writes in small letters somewhere (so that
 * "Hope" at a sentence's start is the word "hope", not a name), and where its sentences start.
 */
public final class ArticleWords {

    private ArticleWords() {}

    /** The article's words that begin with a small letter, as written ("hope", "van", "iPhone"). */
    public static Set<String> smallWords(Map<ZoneName, List<List<Token>>> tokens) {
        Set<String> words = new HashSet<>();
        tokens.values()
                .forEach(sentences -> sentences.forEach(sentence -> sentence.forEach(token -> {
                    if (!token.text().isEmpty()
                            && Character.isLowerCase(token.text().codePointAt(0))) {
                        words.add(token.text());
                    }
                })));
        return words;
    }

    /** The marks that open a quotation or an aside before a sentence's first word. */
    private static final Set<String> OPENING_MARKS = Set.of("“", "\"", "‘", "'", "«", "„", "(", "``", "`");

    /**
     * Where each sentence starts, as "ZONE:offset" keys: its first token, and its first word after an opening
     * quotation mark (“Ask Fátima,” he said).
     */
    public static Set<String> sentenceStarts(Map<ZoneName, List<List<Token>>> tokens) {
        Set<String> starts = new HashSet<>();
        tokens.forEach((zone, sentences) -> sentences.forEach(sentence -> {
            starts.add(zone + ":" + sentence.get(0).start());
            int first = 0;
            while (first < sentence.size() - 1
                    && OPENING_MARKS.contains(sentence.get(first).text())) {
                first++;
            }
            starts.add(zone + ":" + sentence.get(first).start());
        }));
        return starts;
    }
}
