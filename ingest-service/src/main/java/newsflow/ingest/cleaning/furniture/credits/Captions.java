package newsflow.ingest.cleaning.furniture.credits;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.BlockRoles;

/**
 * What captions look like where the page does not mark them up: a caption's label ("Photo: …", "Caption: …",
 * "… (photo: …)"), or a photo credit at the end of the text ({@link PhotoCredits}). A line that is a credit and nothing
 * else is furniture, not a caption ({@link BlockRoles} looks for those first).
 */
public final class Captions {

    /** A caption's label after an opening bracket: "(photo: …", "(Image: …". */
    private static final Pattern BRACKETED_CAPTION_LABEL =
            Pattern.compile("(?i)(photo|photos|image|picture|foto|illustration|credit|video)s?\\s*:");
    /** A caption's label at the start of the line: "Photo: …", "Caption: …". */
    private static final Pattern LEADING_CAPTION_LABEL =
            Pattern.compile("(?i)(photo|image|picture|caption|illustration)\\s*:");

    private Captions() {}

    /**
     * A caption: "(photo: …)" inside the line, a line beginning "Photo:" or "Caption:" that is not just a credit, or
     * text ending with a photo credit ("… on Monday. Photograph: Jane Doe/Reuters").
     */
    public static boolean isCaption(String block) {
        return block.indexOf(':') >= 0 && hasCaptionLabel(block) || PhotoCredits.endsWithCredit(block);
    }

    /**
     * Whether a caption's label begins the line or follows an opening bracket. The labels are looked for only where
     * they can begin, which costs much less than a search of the whole line.
     */
    static boolean hasCaptionLabel(String block) {
        char first = Character.toLowerCase(block.charAt(0));
        if ((first == 'p' || first == 'i' || first == 'c')
                && LEADING_CAPTION_LABEL.matcher(block).lookingAt()) {
            return true;
        }
        Matcher label = null;
        for (int open = block.indexOf('('); open >= 0; open = block.indexOf('(', open + 1)) {
            label = label == null ? BRACKETED_CAPTION_LABEL.matcher(block) : label;
            if (label.region(open + 1, block.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
