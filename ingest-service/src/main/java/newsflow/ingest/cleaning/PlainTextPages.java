package newsflow.ingest.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.Block;

/** Breaks scraped plain text into blocks: one block per non-blank line, list bullets dropped. */
final class PlainTextPages {

    private static final Pattern BULLET = Pattern.compile("^[•·▪‣◦∙*\\-–]\\s+");

    private PlainTextPages() {}

    static Page read(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String line : TextNormalizer.normalize(text).split("\n")) {
            String block = BULLET.matcher(line).replaceFirst("");
            if (!block.isBlank()) {
                blocks.add(Block.text(block));
            }
        }
        return new Page(null, null, blocks);
    }
}
