package newsflow.ingest.cleaning.furniture;

import java.util.List;
import newsflow.ingest.cleaning.furniture.appeals.ConsentNotices;
import newsflow.ingest.cleaning.furniture.appeals.NewsletterPrompts;
import newsflow.ingest.cleaning.furniture.appeals.Promotions;
import newsflow.ingest.cleaning.furniture.appeals.ReaderAppeals;
import newsflow.ingest.cleaning.furniture.appeals.ServiceLinks;
import newsflow.ingest.cleaning.furniture.appeals.ShareBars;
import newsflow.ingest.cleaning.furniture.credits.AuthorBios;
import newsflow.ingest.cleaning.furniture.credits.Bylines;
import newsflow.ingest.cleaning.furniture.credits.Captions;
import newsflow.ingest.cleaning.furniture.credits.CopyrightLines;
import newsflow.ingest.cleaning.furniture.credits.PhotoCredits;
import newsflow.ingest.cleaning.furniture.lists.HeadlineLists;
import newsflow.ingest.cleaning.furniture.lists.ItemRows;
import newsflow.ingest.cleaning.furniture.lists.LabelledTeasers;
import newsflow.ingest.cleaning.furniture.lists.Listings;
import newsflow.ingest.cleaning.furniture.lists.TrailingBlocks;

/**
 * The role of each block of a page once page furniture and captions are recognised from the text: first line by line
 * (repeated teaser titles, photo credits, promo lines, captions, notices), then from the lines around them (share bars
 * split over lines, signatures next to the date, rows of items but a table's, runs of listings, lists of headlines
 * under their heading, appeal boxes, teasers by their label's shape, lists of headlines at the end or under a short
 * heading, author bios after the last paragraph, the site's own short lines after the article and its furniture).
 *
 * <p>With {@link Block}, all that this package offers {@code newsflow.ingest.cleaning}, whose ZoneAssigner zones the
 * blocks by these roles. Each kind of furniture has its class here: promo lines and notices ({@link BoilerplateRules});
 * reader appeals ({@link ReaderAppeals}); newsletter prompts ({@link NewsletterPrompts}); share and follow bars
 * ({@link ShareBars}); lists of other articles' headlines ({@link HeadlineLists}); photo credits on a line of their own,
 * even marked up as captions ({@link PhotoCredits}); rows of short items such as tickers, widgets, tag lines and meta
 * bars ({@link ItemRows}); consent notices ({@link ConsentNotices}); copyright and imprint lines
 * ({@link CopyrightLines}); links to the site's services and teaser labels ({@link ServiceLinks}); promotions such as
 * betting small print and "Shop now" ({@link Promotions}); bylines, contact lines and signatures ({@link Bylines});
 * runs of what's-on listings ({@link Listings}); author bios after the last paragraph ({@link AuthorBios}); lines in
 * which the publication names itself as furniture does ({@link OwnName}); teasers known by their shape, a label and a
 * headline or a pitch of the site's own products ({@link LabelledTeasers}); and the site's own short lines once the
 * article has ended and its furniture begun ({@link TrailingBlocks}). Whether a line speaks to the reader is
 * {@link CallsToAction}'; captions the page did not mark up are {@link Captions}'.
 */
public final class BlockRoles {

    private BlockRoles() {}

    public static Block.Role[] classify(List<Block> blocks) {
        return classify(blocks, Publication.UNKNOWN);
    }

    /** Whether a line is a row of short items, a menu, a ticker or a widget ({@link ItemRows}). */
    public static boolean isRowOfItems(String line) {
        return ItemRows.isRow(line);
    }

    /** Whether a line is the publication's masthead, its name and a tagline or its sections ({@link OwnName}). */
    public static boolean isMasthead(String line, Publication publication) {
        return OwnName.isMasthead(line, publication);
    }

    /** Whether a line is the publication's own, by its name and what a site says of itself ({@link OwnName}). */
    public static boolean isOwnLine(String line, Publication publication) {
        return OwnName.isOwnLine(line, publication);
    }

    /** Whether a text block has a masthead's shape, the site's sections after it ({@link OwnName}). */
    public static boolean isMastheadByShape(List<Block> blocks, int index) {
        return OwnName.isMastheadByShape(blocks, index);
    }

    /** The roles of the blocks of a page of this publication, whose own name marks its furniture too. */
    public static Block.Role[] classify(List<Block> blocks, Publication publication) {
        Block.Role[] roles = new Block.Role[blocks.size()];
        classifyLines(blocks, roles);
        OwnName.mark(blocks, roles, publication);
        ShareBars.markRuns(blocks, roles);
        Bylines.markSignatures(blocks, roles);
        ItemRows.markRows(blocks, roles);
        Listings.markRuns(blocks, roles);
        HeadlineLists.markListsUnderHeadings(blocks, roles);
        ReaderAppeals.markBoxes(blocks, roles);
        LabelledTeasers.mark(blocks, roles);
        HeadlineLists.markTrailingList(blocks, roles);
        HeadlineLists.markListsUnderShortHeadings(blocks, roles);
        AuthorBios.markTrailing(blocks, roles);
        TrailingBlocks.mark(blocks, roles);
        return roles;
    }

    /**
     * Looks again for lists of headlines at the end of the page or under a short heading once the line model has
     * marked its furniture: a newsletter prompt or a funding pitch the rules did not know, read as the last paragraph,
     * hid the list before it ("Five things to read before the weekend", three headlines, then "… a weekly letter on
     * coastal politics …, arrives every Saturday. Subscribe for free.").
     */
    public static void classifyListsAgain(List<Block> blocks, Block.Role[] roles) {
        HeadlineLists.markTrailingList(blocks, roles);
        HeadlineLists.markListsUnderShortHeadings(blocks, roles);
    }

    private static void classifyLines(List<Block> blocks, Block.Role[] roles) {
        for (int i = 0; i < blocks.size(); i++) {
            roles[i] = roles[i] != null ? roles[i] : blocks.get(i).role();
            String text = blocks.get(i).text();
            if (i + 1 < blocks.size() && text.equals(blocks.get(i + 1).text())) {
                markTeaser(blocks, roles, i);
            } else if (roles[i] != Block.Role.FURNITURE && PhotoCredits.isCreditOnly(text)) {
                roles[i] = Block.Role.FURNITURE;
            } else if (roles[i] == Block.Role.TEXT) {
                roles[i] = classifyText(text);
            }
        }
    }

    /** A text line's role by itself: a promo or a notice (even one that ends with a credit), a caption, or text. */
    private static Block.Role classifyText(String text) {
        if (text.length() > BoilerplateRules.MAX_LINE_RULE_LENGTH) {
            return Captions.isCaption(text) ? Block.Role.CAPTION : Block.Role.TEXT;
        }
        String lower = CallsToAction.lower(text);
        if (BoilerplateRules.isPromo(text, lower) || BoilerplateRules.isNotice(text, lower)) {
            return Block.Role.FURNITURE;
        }
        return Captions.isCaption(text) ? Block.Role.CAPTION : Block.Role.TEXT;
    }

    /** A related-article teaser: its title on two lines, then its summary unless another teaser follows at once. */
    private static void markTeaser(List<Block> blocks, Block.Role[] roles, int title) {
        roles[title] = Block.Role.FURNITURE;
        roles[title + 1] = Block.Role.FURNITURE;
        boolean anotherTeaserFollows = title + 3 < blocks.size()
                && blocks.get(title + 2).text().equals(blocks.get(title + 3).text());
        if (title + 2 < blocks.size() && !anotherTeaserFollows) {
            roles[title + 2] = Block.Role.FURNITURE;
        }
    }
}
