package newsflow.ingest.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.furniture.Block;
import newsflow.ingest.cleaning.furniture.BlockRoles;
import newsflow.ingest.cleaning.furniture.CallsToAction;
import newsflow.ingest.cleaning.furniture.Publication;
import newsflow.ingest.cleaning.furniture.appeals.ServiceLinks;
import newsflow.ingest.cleaning.furniture.credits.Bylines;
import newsflow.ingest.cleaning.linemodel.FurnitureLineModel;

/**
 * Puts the blocks of a page into zones.
 * <ul>
 * <li>HEADLINE: the publisher's title; else the page's marked-up headline; else, on scraped text, the first line.</li>
 * <li>STANDFIRST: the page's marked-up standfirst; else, on a scraped page whose headline is its first line, the
 * first paragraph when more follow.</li>
 * <li>CAPTION: captions marked up as such, lines that contain a photo credit ("(photo: …)") or end with one ("… on
 * Monday. Photograph: Jane Doe/Reuters").</li>
 * <li>BOILERPLATE: page furniture, moved here, not deleted, so an operator can see what was cut: what the page marks
 * up as navigation, footer, share widget and the like, and what {@link BlockRoles} recognises from the text, each kind
 * by a class of its own in {@code newsflow.ingest.cleaning.furniture}: related-article teasers (a title repeated on
 * two consecutive lines, and the summary line after it); promo lines; reader appeals; newsletter prompts; share and
 * follow bars; lists of other articles' headlines; photo credits on a line of their own, even marked up as captions;
 * rows of short items such as tickers, widgets, tag lines and meta bars; consent notices; copyright and imprint lines;
 * links to the site's services and teaser labels; promotions such as betting small print and "Shop now"; bylines,
 * contact lines and signatures; runs of what's-on listings; author bios after the last paragraph; and teasers known by
 * their shape, a label and another page's headline or a pitch of the site's own newsletters, podcasts and events;
 * then, of what the rules left as text, what a model learned from annotated pages is sure of
 * ({@link FurnitureLineModel}).</li>
 * <li>BODY: everything else, sub-headings included.</li>
 * </ul>
 * Zone texts hold one block per line.
 */
final class ZoneAssigner {

    /**
     * A masthead's tagline on its own line, which begins with a small letter, says whom or what the site is for or
     * about and ends in no full stop: "football from Ghanzi to the Okavango, written by people who stand on the
     * terraces". Not "iPhone sales slump", whose first word has a capital inside it.
     */
    private static final Pattern TAGLINE = Pattern.compile(
            "^\\p{Ll}+[ ,][^.!?:;“”\"]{0,40}\\b(?:from|for|about|of|on|by|across|in)\\b[^.!?:;“”\"]{2,100}$");

    /**
     * A masthead's tagline that says what news the site gives and for whom, capitalised: "Local news for the hub of the
     * province since 1998", "Independent science journalism for the western Indian Ocean".
     */
    private static final Pattern NEWS_TAGLINE =
            Pattern.compile("^\\p{Lu}\\p{Ll}+(?: [\\p{Ll}-]+){0,3} (?:news|journalism|reporting|coverage|stories)"
                    + " (?:for|from|about|of|on|across|in|since)\\b[^.!?:;“”\"|·]{2,100}$");

    /**
     * A masthead's tagline that says what the site covers and where, with an edition's or a language's link after a
     * middle dot: "Local news for Iqaluit and the Qikiqtani region · ᐅᖃᐅᓯᖅ ᐃᓄᒃᑎᑐᑦ", "Research, wildlife and climate from
     * Central Asia · English edition".
     */
    private static final Pattern EDITION_TAGLINE = Pattern.compile("^\\p{Lu}\\p{Ll}+(?:,? [\\p{Ll}-]+){0,5} (?:for|from"
            + "|about|across|in|on|since) [^.!?:;“”\"|·]{2,100} · [^.!?:;“”\"|·]{2,40}$");

    private ZoneAssigner() {}

    static List<Zone> assign(String title, Page page, Publication publication) {
        Blocks split = split(title, page, publication);
        List<Block> blocks = split.blocks();
        String headline = split.headline();
        boolean headlineFromPage = split.headlineFromPage();
        Block.Role[] roles = BlockRoles.classify(blocks, publication);
        FurnitureLineModel.standard().mark(blocks, roles);
        BlockRoles.classifyListsAgain(blocks, roles);
        var zones = new Zones();
        zones.add(ZoneName.HEADLINE, headline);
        String standfirst = page.standfirst();
        int standfirstIndex = standfirst == null && headlineFromPage && page.headline() == null
                ? leadingStandfirst(blocks, roles)
                : -1;
        if (standfirstIndex >= 0) {
            standfirst = blocks.get(standfirstIndex).text();
        }
        zones.add(ZoneName.STANDFIRST, standfirst);
        for (int i = 0; i < blocks.size(); i++) {
            if (i != standfirstIndex) {
                zones.add(zoneOf(roles[i]), blocks.get(i).text());
            }
        }
        return zones.toList();
    }

    /**
     * The headline and the blocks after it: the publisher's title, else the page's marked-up headline; the first text
     * block is the headline when there is none or when it repeats it, unless it is the publication's masthead, by its
     * name or by its shape, or a row of the site's sections, and more text follows ("Pitchside Pomorze — football from
     * the mouth of the Oder", "Markets · Commodities · Companies · Trade" above the headline of a scraped page): then
     * the next text block that is none of the site's items (its sections, a scores ticker, a teaser, a byline, a line
     * of the publication's own) is. A teaser above the masthead is the site's too ("LIVE · Women's 7.5km sprint …").
     */
    static Blocks split(String title, Page page, Publication publication) {
        List<Block> blocks = new ArrayList<>(page.blocks());
        String headline = title == null ? null : TextNormalizer.normalizeLine(title);
        boolean headlineFromPage = false;
        if (headline == null || headline.isEmpty()) {
            headline = page.headline();
            headlineFromPage = headline != null;
        }
        int firstText = Block.firstText(blocks, 0);
        int second = firstText >= 0 ? Block.firstText(blocks, firstText + 1) : -1;
        if (second >= 0
                && isHeaderItem(blocks.get(firstText).text(), publication)
                && isMasthead(blocks, second, publication)) {
            firstText = second; // a teaser above the masthead: "LIVE · Women's 7.5km sprint from Pokljuka …"
        }
        if (firstText >= 0 && isMasthead(blocks, firstText, publication)) {
            int next = Block.firstText(blocks, firstText + 1);
            while (next >= 0 && isHeaderItem(blocks.get(next).text(), publication)) {
                if (isTagline(blocks.get(next).text())) {
                    blocks.set(next, new Block(blocks.get(next).text(), Block.Role.FURNITURE)); // the masthead's
                }
                next = Block.firstText(blocks, next + 1); // the site's sections, a scores ticker, a teaser
            }
            firstText = next >= 0 ? next : firstText;
        }
        if (firstText >= 0
                && (headline == null
                        || headline.isEmpty()
                        || blocks.get(firstText).text().equalsIgnoreCase(headline))) {
            headline = blocks.remove(firstText).text();
            headlineFromPage = true;
        }
        return new Blocks(headline, headlineFromPage, blocks);
    }

    /** Whether the text block is the masthead, by the publication's name or by its shape, or a row of its sections. */
    private static boolean isMasthead(List<Block> blocks, int index, Publication publication) {
        String text = blocks.get(index).text();
        return BlockRoles.isMasthead(text, publication)
                || BlockRoles.isMastheadByShape(blocks, index)
                || BlockRoles.isRowOfItems(text);
    }

    /**
     * Whether a line between the masthead and the headline is the site's: a row of items (its sections, a scores
     * ticker), a teaser or a widget with its label ("Listen: our Punta Arenas correspondent …", "Olive oil, Brent,
     * Tunisian dinar: prices updated at 10:15 GMT"); a label before two teasers is a row ("This week: Lima's Museo de
     * Arte opens … · Cusco's Inti Raymi tickets go on sale"); a byline ("Reporter on the dunes: Name Surname, Koksijde"),
     * the article's date alone, and a line in which the publication speaks of itself ("Dakar Tech Hebdo, the West
     * Africa tech bulletin …").
     */
    private static boolean isHeaderItem(String line, Publication publication) {
        return BlockRoles.isRowOfItems(line)
                || isTagline(line)
                || ServiceLinks.isServiceLink(line, CallsToAction.lower(line))
                || Bylines.isByline(line)
                || Bylines.isDateLine(line)
                || BlockRoles.isOwnLine(line, publication);
    }

    /**
     * Whether the line is a masthead's tagline, in small letters, saying what news the site gives, or with an edition's
     * link after it.
     */
    private static boolean isTagline(String line) {
        return TAGLINE.matcher(line).matches()
                || NEWS_TAGLINE.matcher(line).matches()
                || EDITION_TAGLINE.matcher(line).matches();
    }

    /** A page's headline and the blocks that follow it. */
    record Blocks(String headline, boolean headlineFromPage, List<Block> blocks) {}

    /** The first text block, when at least one more text block follows it; else -1. */
    private static int leadingStandfirst(List<Block> blocks, Block.Role[] roles) {
        int first = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (roles[i] == Block.Role.TEXT) {
                if (first >= 0) {
                    return first;
                }
                first = i;
            }
        }
        return -1;
    }

    private static ZoneName zoneOf(Block.Role role) {
        return switch (role) {
            case TEXT -> ZoneName.BODY;
            case CAPTION -> ZoneName.CAPTION;
            case FURNITURE -> ZoneName.BOILERPLATE;
        };
    }

    /** Zone texts under construction, in the fixed zone order. */
    private static final class Zones {

        private final StringBuilder[] texts = new StringBuilder[ZoneName.values().length];

        void add(ZoneName zone, String block) {
            if (block == null || block.isEmpty()) {
                return;
            }
            StringBuilder text = texts[zone.ordinal()];
            if (text == null) {
                texts[zone.ordinal()] = new StringBuilder(block);
            } else {
                text.append('\n').append(block);
            }
        }

        List<Zone> toList() {
            List<Zone> zones = new ArrayList<>();
            for (ZoneName name : ZoneName.values()) {
                if (texts[name.ordinal()] != null) {
                    zones.add(new Zone(name, texts[name.ordinal()].toString()));
                }
            }
            return zones;
        }
    }
}
