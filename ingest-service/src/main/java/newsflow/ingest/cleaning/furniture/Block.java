package newsflow.ingest.cleaning.furniture;

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
}
