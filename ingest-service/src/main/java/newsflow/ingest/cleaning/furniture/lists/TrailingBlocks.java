package newsflow.ingest.cleaning.furniture.lists;

import java.util.List;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.Block;
import newsflow.ingest.cleaning.furniture.CallsToAction;
import newsflow.ingest.cleaning.furniture.Words;

/**
 * What comes after the article: once the article's text has ended and page furniture has begun, a short line in which
 * the site speaks of its own publishing is furniture too. Five blind sets of web pages showed furniture coming back each
 * time in words no rule had seen ("Deccan Devices is a publication of Plateau Media LLP, …", "Mekong Markets is owned
 * by Delta Media JSC, …", "Obituaries this week are sponsored by …"), nearly always after the article's last paragraph
 * and among other furniture. So: the article's last paragraph is the last text block of 20 words or more, ending a
 * sentence, that has another such paragraph before it with nothing but text, sub-headings and captions between them;
 * after it, once a block is furniture, a later text block of fewer than 35 words is furniture when it reports no speech
 * and has a word of the site's own publishing ("is a publication", "owned by", "sponsored", "archive", "podcast",
 * "edition", "desk", "correction", "updated"), not the words of reporting that furniture shares with articles
 * ("subscribers", "copyright", "newsletter", "published"). A final paragraph of the body after an advertisement
 * reports, and has none of them ("Analysts at a Munich brokerage said …"); one right after the last paragraph, before
 * any furniture, stays whatever it says.
 */
public final class TrailingBlocks {

    private static final int MIN_PARAGRAPH_WORDS = 20;
    private static final int MAX_TRAILING_WORDS = 35;

    private static final Pattern SITE_WORDS =
            Pattern.compile("(?i:\\b(?:is an? (?:[\\p{L}-]+,? ){0,2}(?:publication|title|magazine|newspaper|newsroom"
                    + "|website)|owned by|sponsor(?:ed|s)?|archive|podcast|edition|desk|corrections?|clarification"
                    + "|updated|registration)\\b)");

    private TrailingBlocks() {}

    public static void mark(List<Block> blocks, Block.Role[] roles) {
        int last = lastParagraph(blocks, roles);
        if (last < 0) {
            return;
        }
        boolean furnitureBegun = false;
        for (int i = last + 1; i < blocks.size(); i++) {
            if (roles[i] == Block.Role.FURNITURE) {
                furnitureBegun = true;
            } else if (roles[i] == Block.Role.TEXT
                    && furnitureBegun
                    && isSitesOwn(blocks.get(i).text())) {
                roles[i] = Block.Role.FURNITURE;
            }
        }
    }

    /** The article's last paragraph: a paragraph with another before it in the same run of text; or -1. */
    private static int lastParagraph(List<Block> blocks, Block.Role[] roles) {
        for (int i = blocks.size() - 1; i > 0; i--) {
            if (roles[i] != Block.Role.TEXT || !isParagraph(blocks.get(i).text())) {
                continue;
            }
            for (int j = i - 1; j >= 0 && roles[j] != Block.Role.FURNITURE; j--) {
                if (roles[j] == Block.Role.TEXT && isParagraph(blocks.get(j).text())) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isSitesOwn(String text) {
        return Words.count(text, MAX_TRAILING_WORDS) < MAX_TRAILING_WORDS
                && !CallsToAction.quotesSomeone(text)
                && SITE_WORDS.matcher(text).find();
    }

    private static boolean isParagraph(String text) {
        return Words.count(text, MIN_PARAGRAPH_WORDS) >= MIN_PARAGRAPH_WORDS && endsSentence(text);
    }

    private static boolean endsSentence(String text) {
        int end = text.length() - 1;
        while (end > 0 && "\"”’')]»".indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        char last = text.charAt(end);
        return last == '.' || last == '!' || last == '?';
    }
}
