package newsflow.ingest.cleaning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.Block;

/**
 * Breaks scraped plain text into blocks: one block per non-blank line, list bullets dropped. Two kinds of line are the
 * page's layout, not its text, and are given as furniture: a rule of signs with no letter or digit ("=====", "* * *"),
 * and a menu whose items only runs of spaces part ("News  Matanie  Haute-Gaspésie  Fisheries  Obituaries"), which
 * reads as one run-on name once its spaces are folded.
 */
final class PlainTextPages {

    private static final Pattern BULLET = Pattern.compile("^[•·▪‣◦∙*\\-–]\\s+");
    /** A line with no letter and no digit: a rule drawn with signs. */
    private static final Pattern RULE = Pattern.compile("^[^\\p{L}\\p{N}]+$");
    /**
     * Four or more items of one to three capitalised words, parted by two or more spaces, and no sign of a sentence:
     * a menu laid out with spaces.
     */
    private static final Pattern SPACED_MENU = Pattern.compile("^\\s*\\p{Lu}[\\p{L}&'’-]*(?: \\p{Lu}[\\p{L}&'’-]*){0,2}"
            + "(?: {2,}\\p{Lu}[\\p{L}&'’-]*(?: \\p{Lu}[\\p{L}&'’-]*){0,2}){3,}\\s*$");

    private PlainTextPages() {}

    static Page read(String text) {
        Set<String> menus = new HashSet<>();
        if (text.contains("  ")) {
            for (String raw : text.split("\\R")) {
                if (raw.contains("  ") && SPACED_MENU.matcher(raw).matches()) {
                    menus.add(TextNormalizer.normalizeLine(raw));
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (String line : TextNormalizer.normalize(text).split("\n")) {
            String block = BULLET.matcher(line).replaceFirst("");
            if (block.isBlank()) {
                continue;
            }
            boolean layout = RULE.matcher(block).matches() || menus.contains(line);
            blocks.add(layout ? new Block(block, Block.Role.FURNITURE) : Block.text(block));
        }
        return new Page(null, null, blocks);
    }
}
