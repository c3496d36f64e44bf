package newsflow.ingest.cleaning.furniture.credits;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo and wire credits: "Photo: Jane Doe/Reuters", "Photograph by Jane Doe", "REUTERS/Jane Doe", "AFP PHOTO / John
 * Smith", "Jane Doe/AFP via Getty Images", "Getty Images", "© AP". A credit is names only: a label ("Photo:",
 * "Image credit:", "Photograph by") followed by names, or names joined by a slash or bar, or with "Photo", "Images" or
 * "©" among them. Names are words with a capital letter, and "via", "for", "and" and the particles of names ("van",
 * "de", "al").
 * <p>
 * Where a credit goes: a line that is only a credit is furniture, even one marked up as a caption, because it names
 * the photographer and the agency, not what the article is about. A credit inside a caption, in parentheses or at
 * its end ("Protesters in Lagos on Monday. Photograph: Jane Doe/Reuters"), stays with the caption, whose CAPTION zone
 * keeps the line as it was written; such a line is recognised as a caption by its credit.
 */
public final class PhotoCredits {

    private static final int MAX_LENGTH = 100;
    private static final int MAX_WORDS = 10;

    private static final Pattern LABEL = Pattern.compile("(?i)^(?:(?:photo|image|picture)s? credits?|credits?"
            + "|photo(?:graph)?s?|photography|pictures?|pics?|images?|illustrations?|graphics?|video|fotos?)"
            + "(?:\\s*[:：]\\s*|\\s+by\\s+)");
    /** The words of a label that can begin a credit inside a caption, in lower case. */
    private static final Set<String> LABEL_WORDS = Set.of(
            "photo",
            "photos",
            "photograph",
            "photographs",
            "photography",
            "picture",
            "pictures",
            "image",
            "images",
            "illustration",
            "illustrations",
            "credit",
            "credits",
            "foto",
            "fotos");

    private static final Set<String> CONNECTORS = Set.of(
            "via", "for", "and", "&", "of", "the", "van", "von", "der", "den", "de", "da", "di", "du", "del", "la",
            "le", "el", "al", "bin", "y", "e");

    private PhotoCredits() {}

    /** Whether the line is a credit and nothing else. */
    public static boolean isCreditOnly(String line) {
        return line.length() <= MAX_LENGTH
                && (mayHoldCredit(line, 0) || line.contains(" by "))
                && isCredit(unwrap(line));
    }

    /** Whether the line is text followed by a credit: a caption whose credit is at its end. */
    static boolean endsWithCredit(String line) {
        return creditStart(line) > 0;
    }

    /** Where the credit at the end of a caption begins, or -1 when the line does not end with one. */
    public static int creditStart(String line) {
        int tail = Math.max(0, line.length() - MAX_LENGTH - 1);
        if (!mayHoldCredit(line, tail)) {
            return -1;
        }
        int start = lastLabelInside(line, tail);
        if (start > 0 && isCredit(unwrap(line.substring(start)))) {
            return start;
        }
        int sentenceEnd = lastSentenceEnd(line, tail);
        return sentenceEnd > 0 && isCredit(unwrap(line.substring(sentenceEnd))) ? sentenceEnd : -1;
    }

    /**
     * Where the last label that can begin a credit inside a caption begins, from {@code from} on, or -1: a label with a
     * colon after an opening parenthesis ("(photo: …"), a capitalised one with a colon after a space ("… on Monday
     * Photograph: …"), or "(photo by …"; not "a photograph by Annie Leibovitz" in a sentence.
     */
    private static int lastLabelInside(String line, int from) {
        int last = -1;
        for (int colon = line.indexOf(':', from); colon > 0; colon = line.indexOf(':', colon + 1)) {
            int word = wordStart(line, colon);
            if (word > from
                    && isLabelWord(line, word, colon)
                    && (line.charAt(word - 1) == '('
                            || line.charAt(word - 1) == ' ' && Character.isUpperCase(line.charAt(word)))) {
                last = word;
            }
        }
        for (int open = line.indexOf('(', from); open >= 0; open = line.indexOf('(', open + 1)) {
            int end = open + 1;
            while (end < line.length() && Character.isLetter(line.charAt(end))) {
                end++;
            }
            if (isLabelWord(line, open + 1, end) && line.startsWith(" by ", end)) {
                last = Math.max(last, open + 1);
            }
        }
        return last;
    }

    /** Where the word of letters that ends at {@code end} begins. */
    private static int wordStart(String line, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isLabelWord(String line, int start, int end) {
        return end - start >= 4
                && end - start <= 13
                && LABEL_WORDS.contains(line.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /**
     * A cheap look, from {@code from} on, for what every credit has: a label's colon or parenthesis, a slash, a bar,
     * "©", "Photo", "Images".
     */
    private static boolean mayHoldCredit(String line, int from) {
        return line.indexOf(':', from) >= 0
                || line.indexOf('(', from) >= 0
                || line.indexOf('/', from) >= 0
                || line.indexOf('|', from) >= 0
                || line.indexOf('©', from) >= 0
                || line.indexOf("PHOTO", from) >= 0
                || line.indexOf("Photo", from) >= 0
                || line.indexOf("Images", from) >= 0;
    }

    private static boolean isCredit(String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return false;
        }
        Matcher label = LABEL.matcher(text);
        if (label.find()) {
            return areNames(text, label.end());
        }
        boolean marked = text.indexOf('/') >= 0
                || text.contains(" | ")
                || text.indexOf('©') >= 0
                || containsIgnoringCase(text, "photo")
                || text.regionMatches(true, text.length() - 6, "images", 0, 6);
        return marked && areNames(text, 0);
    }

    /**
     * Whether every word from {@code from} on is a name (has a capital letter), a number, or a connector, and there
     * are at most a few. Words are separated by spaces, slashes, bars, commas, semicolons, "©" and brackets.
     */
    private static boolean areNames(String text, int from) {
        int names = 0;
        int words = 0;
        int i = from;
        while (i < text.length()) {
            while (i < text.length() && isSeparator(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !isSeparator(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i);
            if (word.isEmpty() || word.equals("-") || word.equals("–")) {
                continue;
            }
            if (++words > MAX_WORDS) {
                return false;
            }
            if (hasCapital(word)) {
                names++;
            } else if (!CONNECTORS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return names > 0;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || "/|,;©()".indexOf(c) >= 0;
    }

    private static boolean containsIgnoringCase(String text, String lowerWord) {
        for (int i = 0; i + lowerWord.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCapital(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text without surrounding brackets, a trailing full stop and spaces. */
    private static String unwrap(String text) {
        String credit = text.strip();
        if (credit.startsWith("(") && credit.endsWith(")") || credit.startsWith("[") && credit.endsWith("]")) {
            credit = credit.substring(1, credit.length() - 1).strip();
        } else if (credit.endsWith(")") && credit.indexOf('(') < 0) {
            credit = credit.substring(0, credit.length() - 1).strip();
        }
        return credit.endsWith(".") ? credit.substring(0, credit.length() - 1).strip() : credit;
    }

    /** The index just after the last sentence end and space ("… Monday. Credit") after {@code from}, or -1. */
    private static int lastSentenceEnd(String line, int from) {
        for (int i = line.length() - 2; i > Math.max(0, from); i--) {
            char c = line.charAt(i);
            if (c == ' ' && isSentenceEnd(line.charAt(i - 1))) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '”' || c == '"';
    }
}
