package newsflow.enrich.tagging.text;

import java.util.ArrayList;
import java.util.List;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;

/** Whether a sentence is written in capitals: a headline, a dateline, a credit ("DENVER 1996-08-22", "AFP PHOTO"). */
public final class Casing {

    private static final int MIN_LETTERS = 4;
    private static final double CAPITALS_SHARE = 0.8;
    private static final int ACRONYM_LETTERS = 4;

    private Casing() {}

    /**
     * The stretches of a sentence written in capitals: the whole sentence when it is ({@link #isCapitals}), else each
     * run of two or more words of capitals that are not all acronyms ("TUNDE OGUNLEYE", not "EU NATO").
     */
    public static List<Span> capitalRuns(ZoneName zone, List<Token> sentence) {
        if (isCapitals(sentence)) {
            return List.of(run(zone, sentence, 0, sentence.size()));
        }
        List<Span> runs = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            int j = i;
            boolean longWord = false;
            while (j < sentence.size() && isCapitalWord(sentence.get(j).text())) {
                longWord |= letters(sentence.get(j).text()) > ACRONYM_LETTERS;
                j++;
            }
            if (j - i >= 2 && longWord) {
                runs.add(run(zone, sentence, i, j));
            }
            i = Math.max(j, i + 1);
        }
        return runs;
    }

    private static Span run(ZoneName zone, List<Token> sentence, int from, int to) {
        return new Span(zone, sentence.get(from).start(), sentence.get(to - 1).end(), "", null, null, null, to - from);
    }

    private static boolean isCapitalWord(String text) {
        int letters = letters(text);
        return letters >= 2 && text.codePoints().filter(Character::isUpperCase).count() == letters;
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    /** Whether at least four in five of its letters, and at least four letters, are capitals. */
    public static boolean isCapitals(List<Token> sentence) {
        int letters = 0;
        int capitals = 0;
        for (Token token : sentence) {
            String text = token.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        capitals++;
                    }
                }
            }
        }
        return letters >= MIN_LETTERS && capitals >= CAPITALS_SHARE * letters;
    }
}
