package newsflow.launcher.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * A named entity of a document as CoNLL scores it: a run of tokens of one sentence with one type.
 *
 * @param sentence the sentence's index in its document
 * @param start    the first token
 * @param end      after the last token
 * @param type     PER, ORG, LOC or MISC (or whatever types the file uses)
 */
record Chunk(int sentence, int start, int end, String type) {

    /**
     * The chunks of a sentence's tags, as conlleval reads them: IOB1 ({@code I-X} starts a chunk after {@code O}
     * or another type), IOB2 ({@code B-X} starts one), and IOBES ({@code S-X}, {@code E-X}); a tag without a
     * prefix is a type of its own ({@code PER}), as in IO-tagged files.
     */
    static List<Chunk> of(int sentence, List<String> tags) {
        List<Chunk> chunks = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = prefix(tag);
            String tagType = tag.equals("O") ? null : typeOf(tag);
            boolean continues = type != null
                    && type.equals(tagType)
                    && (prefix.equals("I") || prefix.equals("E") || prefix.isEmpty());
            if (type != null && !continues) {
                chunks.add(new Chunk(sentence, start, i, type));
                type = null;
            }
            if (tagType != null && type == null) {
                start = i;
                type = tagType;
            }
            if (type != null && (prefix.equals("E") || prefix.equals("S"))) {
                chunks.add(new Chunk(sentence, start, i + 1, type));
                type = null;
            }
        }
        return chunks;
    }

    private static String prefix(String tag) {
        int dash = tag.indexOf('-');
        return dash == 1 ? tag.substring(0, 1) : "";
    }

    private static String typeOf(String tag) {
        return prefix(tag).isEmpty() ? tag : tag.substring(2);
    }
}
