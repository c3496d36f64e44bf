package newsflow.enrich.tagging.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsflow.enrich.tagging.TaggingDeadline;

/**
 * Splits a zone's text into sentences of tokens with CoreNLP's tokenizer for its language ({@link Tokenizers}), line
 * by line (each line of a zone is a paragraph). Offsets are into the zone text. Very long sentences are cut into pieces, so one 1 MB line without
 * punctuation cannot make the statistical model's work grow out of bounds.
 */
public final class ZoneTokenizer {

    static final int MAX_SENTENCE_TOKENS = 250;
    static final int MAX_PIECE_CHARS = 10_000;
    private static final java.util.Set<String> ABBREVIATIONS =
            java.util.Set.of("Chr", "Dr", "St", "Nr", "Mr", "Ms", "Mrs", "Jr", "Sr", "Mme", "Bd", "Co");
    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,3}[.)]");

    private ZoneTokenizer() {}

    /** The sentences of a zone in English. */
    public static List<List<Token>> sentences(String zoneText) {
        return sentences(zoneText, "en", TaggingDeadline.NONE);
    }

    /**
     * The zone's sentences. The deadline is checked after each line, and within a very long line after each piece of
     * at most {@value #MAX_PIECE_CHARS} characters: a paragraph of news is far shorter, so a piece break (at a space
     * where there is one) only ever falls inside pathological text, whose tokenizing then stays interruptible.
     */
    public static List<List<Token>> sentences(String zoneText, String language, TaggingDeadline deadline) {
        List<List<Token>> sentences = new ArrayList<>();
        int lineStart = 0;
        for (String line : zoneText.split("\n", -1)) {
            int pieceStart = 0;
            while (pieceStart < line.length()) {
                int pieceEnd = pieceEnd(line, pieceStart);
                String piece = line.substring(pieceStart, pieceEnd);
                if (!piece.isBlank()) {
                    addSentences(piece, lineStart + pieceStart, language, sentences);
                    deadline.check();
                }
                pieceStart = pieceEnd;
            }
            lineStart += line.length() + 1;
        }
        return sentences;
    }

    /** Where the piece of the line from {@code start} ends: after the last space within the limit, if any. */
    private static int pieceEnd(String line, int start) {
        if (line.length() - start <= MAX_PIECE_CHARS) {
            return line.length();
        }
        int limit = start + MAX_PIECE_CHARS;
        int space = line.lastIndexOf(' ', limit - 1);
        if (space > start) {
            return space + 1;
        }
        return Character.isLowSurrogate(line.charAt(limit)) ? limit - 1 : limit;
    }

    private static void addSentences(String line, int offset, String language, List<List<Token>> sentences) {
        List<CoreLabel> labels = Tokenizers.tokenize(line, language);
        List<Token> pending = new ArrayList<>();
        for (List<CoreLabel> sentence : new WordToSentenceProcessor<CoreLabel>().process(labels)) {
            List<Token> tokens = pending;
            pending = new ArrayList<>();
            for (CoreLabel label : sentence) {
                tokens.add(new Token(
                        line.substring(label.beginPosition(), label.endPosition()),
                        offset + label.beginPosition(),
                        offset + label.endPosition()));
            }
            if (isListNumber(tokens) || endsWithInitial(tokens)) {
                pending = tokens; // "2. Venuste Niyongabo ( Burundi )", "Susanne R. soll": not the sentence's end
                continue;
            }
            addPieces(tokens, sentences);
        }
        addPieces(pending, sentences);
    }

    /**
     * Whether the tokens end with an initial or a short abbreviation and its full stop split off ("Susanne R .",
     * "100 n. Chr ."), which the sentence splitter took for the end of a sentence.
     */
    private static boolean endsWithInitial(List<Token> tokens) {
        int n = tokens.size();
        if (n < 2 || !tokens.get(n - 1).text().equals(".")) {
            return false;
        }
        String before = tokens.get(n - 2).text();
        return before.length() <= 3
                && Character.isUpperCase(before.codePointAt(0))
                && before.chars().allMatch(Character::isLetter)
                && (before.length() == 1 || ABBREVIATIONS.contains(before));
    }

    /** Whether the tokens are only a list item's number, such as "2." or "10 .". */
    private static boolean isListNumber(List<Token> tokens) {
        String text = tokens.size() == 1
                ? tokens.get(0).text()
                : tokens.size() == 2 ? tokens.get(0).text() + tokens.get(1).text() : "";
        return LIST_NUMBER.matcher(text).matches();
    }

    /** Adds the sentence, cut into pieces of at most {@value #MAX_SENTENCE_TOKENS} tokens. */
    private static void addPieces(List<Token> tokens, List<List<Token>> sentences) {
        for (int from = 0; from < tokens.size(); from += MAX_SENTENCE_TOKENS) {
            sentences.add(tokens.subList(from, Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS)));
        }
    }
}
