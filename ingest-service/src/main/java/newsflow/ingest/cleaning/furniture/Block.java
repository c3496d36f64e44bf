package newsflow.ingest.cleaning.furniture;

import java.util.List;

/** One paragraph-like piece of a page: a line of scraped text, or a paragraph, heading or caption of HTML. */
public record Block(String text, Role role) {

    public enum Role {
        /** Article text, or page furniture the zoning rules have yet to recognise. */
        TEXT,
        /** A caption the page marked up as one. */
        CAPTION,
        /** Navigation, footer, share widget, cookie banner and the like, recognised from the page's markup. */
        FURNITURE
    }

    public static Block text(String text) {
        return new Block(text, Role.TEXT);
    }

    /** The index of the first block from {@code from} on that the page gives as text; -1 where there is none. */
    public static int firstText(List<Block> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) {
            if (blocks.get(i).role() == Role.TEXT) {
                return i;
            }
        }
        return -1;
    }
}
