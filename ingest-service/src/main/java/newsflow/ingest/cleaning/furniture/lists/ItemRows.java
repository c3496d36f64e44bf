package newsflow.ingest.cleaning.furniture.lists;

import java.util.List;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.Block;
import newsflow.ingest.cleaning.furniture.Words;

/**
 * Rows of short items separated by " · ", " | ", " • " or " / ": market tickers ("NGX ASI +0.84% · Dangote Cement
 * +2.1%"),
 * weather and score widgets ("Galway 11°C showers · Clifden 10°C · Tuam 12°C", "FINAL · Georgia 27, Alabama 24 · Box
 * score"), tag lines ("Topics: Georgia · Russia · Press freedom", "Companies in this story: Corticeira Amorim
 * (COR.LS)"), article meta bars ("★★★★★ · 6 min read · Share on
 * Facebook"), bylines with a place and a date ("Mathieu Gagnon · Montreal · July 21, 2026") and footer rows ("Comments
 * (8) · Report a problem · Apollo Review Ltd, 14 Hatton Wall, London"). A row is three or more items, or two when both
 * are figures ("Brent $78.40", "Tuam 12°C"), meta items or scores ("FT: Gamba Osaka 1–2 Cerezo Osaka · Nagoya
 * Grampus 0–0 FC Tokyo"), or have a short label before them ("This week: Lima's Museo de Arte opens its Szyszlo
 * retrospective · Cusco's Inti Raymi tickets go on sale"); an item has at most eight words and holds no sentence break,
 * and a label before a colon does not count ("GC after stage 14: 1 Kranjc · 2 Brandt · 3 Verhaeghe"). A video or
 * audio teaser with its length ("Video · Inside the lab … · 3:12") is a row, and so is a tag line with commas ("More
 * about: Etna, Sicily, volcanoes": three or more items of at most four words, none joined by "and" or "or").
 * Prose does not separate its parts so. A table written with bars ("Hull | 20 | 41") does, line after line: a bar row
 * next to another with as many items is a table's and stays. A meta item on a line of its own ("6 min read", "Comments
 * (23)", "★★★★☆") is furniture too, and so is a breadcrumb trail, short items after "›", "»" or "&gt;" ("Home ›
 * News › Elections › By-elections").
 */
public final class ItemRows {

    private static final int MAX_LENGTH = 300;
    private static final int MAX_ITEM_WORDS = 8;
    private static final int MIN_ITEMS = 3;
    /** The longest label before two items that makes them a row ("This week: … · …"). */
    private static final int MAX_LABEL = 30;

    private static final Pattern SEPARATOR = Pattern.compile(" [·•|/] ");
    /** What separates the steps of a breadcrumb trail: "Home › News › Elections". */
    private static final Pattern STEP = Pattern.compile(" [›»>] ");
    /** Most words in a breadcrumb's step. */
    private static final int MAX_STEP_WORDS = 4;
    /** A figure: a number with a unit, a sign or a currency ("+0.84%", "11°C", "$78.40", "▲1.9%"). */
    private static final Pattern FIGURE =
            Pattern.compile("[-+−▲▼]\\s?\\d|\\d\\s?(?:%|°)|[$€£¥]\\s?\\d" + "|\\d[\\d,.]*\\s?(?:bn|m|k|pts?)\\b");
    /** Reading times, star ratings and comment counts. */
    private static final Pattern META_ITEM = Pattern.compile("(?i)\\d{1,3}[ -]min(?:ute)?s?(?: read| listen| watch)?"
            + "|[★☆✩✪⭐]{3,5}|comments? \\(\\d+\\)|\\d+ comments?|\\(\\d+\\) comments?");

    /** A video or audio teaser with its length: "Video · Inside the Dhaka lab breeding mosquitoes · 3:12". */
    private static final Pattern MEDIA_TEASER = Pattern.compile("(?i)^(?:video|watch|listen|audio|podcast|gallery)"
            + "\\s*[·•|:–—-]\\s*.{3,160}?(?:\\s[·•|–—-]\\s*\\(?\\d{1,2}:\\d\\d\\)?|\\s\\(\\d{1,2}:\\d\\d\\))$");
    /**
     * A label and three or more short items split by commas: "More about: Etna, Sicily, volcanoes", "Tags: Nikšić, local
     * government, Europe Now!" (a party's name may end in "!").
     */
    private static final Pattern TAG_LIST =
            Pattern.compile("^\\p{Lu}[\\p{L}'’ ]{1,24}: [^,.;:!?]{1,40}" + "(?:, [^,.;:?]{1,40}){2,}$");

    /** What the story names, as a label lists it: "Companies in this story: Corticeira Amorim (COR.LS)". */
    private static final Pattern IN_THIS_STORY = Pattern.compile("^(?:Companies|Company|People|Organi[sz]ations|Places"
            + "|Stocks|Tickers|Topics) (?:in|mentioned in|named in|featured in|from) this (?:story|article|report|piece)"
            + ": \\p{Lu}[^;!?]{0,160}(?<!\\.)$");

    /** A match's score in a widget's item: "Gamba Osaka 1–2 Cerezo Osaka" (not a season, "2025–26"). */
    private static final Pattern MATCH_SCORE = Pattern.compile("(?<!\\d)\\d{1,2} ?[-–] ?\\d{1,2}(?!\\d)");

    private static final int MAX_TAG_WORDS = 4;
    /** Numbers joined by a dash: a score ("2-1") or a bowler's figures ("7-0-29-0"). */
    private static final Pattern SCORE = Pattern.compile("\\d-\\d");
    /** A word abbreviated with a full stop before a name: "St", "Mt", "Ft", "Dr", "Mr". */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:^|\\s)(?:St|Ste|Mt|Ft|Pt|Dr|Mr|Mrs|Ms|Prof)$");

    private ItemRows() {}

    /** Marks as furniture each text line that is a row of items or a meta item, but a table's rows. */
    public static void markRows(List<Block> blocks, Block.Role[] roles) {
        int previousItems = 0;
        int items = barItems(blocks, roles, 0);
        for (int i = 0; i < blocks.size(); i++) {
            int nextItems = barItems(blocks, roles, i + 1);
            if (roles[i] == Block.Role.TEXT) {
                boolean table = items > 0 && (items == previousItems || items == nextItems);
                if (!table && isRow(blocks.get(i).text(), items > 0)
                        || isBreadcrumb(blocks.get(i).text())) {
                    roles[i] = Block.Role.FURNITURE;
                }
            }
            previousItems = items;
            items = nextItems;
        }
    }

    /** Whether the line is a row of short items, or one meta item alone. */
    public static boolean isRow(String line) {
        return isRow(line, line.indexOf(" | ") >= 0) || isBreadcrumb(line);
    }

    /** Whether the line is a breadcrumb trail: three or more short steps, none with a sentence break. */
    private static boolean isBreadcrumb(String line) {
        if (line.length() > MAX_LENGTH
                || line.indexOf(" › ") < 0 && line.indexOf(" » ") < 0 && line.indexOf(" > ") < 0) {
            return false;
        }
        String[] steps = STEP.split(line);
        if (steps.length < MIN_ITEMS) {
            return false;
        }
        for (String step : steps) {
            String trimmed = step.strip();
            if (trimmed.isEmpty()
                    || Words.count(trimmed, MAX_STEP_WORDS + 1) > MAX_STEP_WORDS
                    || hasSentenceBreak(trimmed)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRow(String line, boolean bars) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        if (!bars && line.indexOf(" · ") < 0 && line.indexOf(" • ") < 0 && !hasSlashedItems(line)) {
            return isMetaItem(line)
                    || isTagList(line)
                    || IN_THIS_STORY.matcher(line).matches();
        }
        if (MEDIA_TEASER.matcher(line).matches()) {
            return true;
        }
        String[] items = SEPARATOR.split(line);
        int label = items[0].lastIndexOf(": ");
        if (label > 0) {
            items[0] = items[0].substring(label + 2);
        }
        int figuresOrMeta = 0;
        for (String item : items) {
            String trimmed = item.strip();
            if (Words.count(trimmed, MAX_ITEM_WORDS + 1) > MAX_ITEM_WORDS || hasSentenceBreak(trimmed)) {
                return false;
            }
            if (FIGURE.matcher(trimmed).find()
                    || isMetaItem(trimmed)
                    || MATCH_SCORE.matcher(trimmed).find()) {
                figuresOrMeta++;
            }
        }
        return items.length >= MIN_ITEMS
                || items.length == 2 && (figuresOrMeta == 2 || label > 0 && label <= MAX_LABEL && !bars);
    }

    /**
     * Three or more items split by " / ", with no figure or bracket: a tag line ("Filed under Hyderabad / Golconda
     * Semiconductors / …"); not a results line of pairs ("Yap Kim Hock / Cheah Soon Kit (Malaysia) beat …").
     */
    private static boolean hasSlashedItems(String line) {
        int first = line.indexOf(" / ");
        if (first < 0 || line.indexOf(" / ", first + 3) < 0 || line.indexOf('(') >= 0) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The number of items of a text line split by bars, as a table's rows are; 0 when it is no such line. */
    private static int barItems(List<Block> blocks, Block.Role[] roles, int index) {
        if (index >= blocks.size() || roles[index] != Block.Role.TEXT) {
            return 0;
        }
        String line = blocks.get(index).text();
        int items = 1;
        for (int bar = line.indexOf(" | "); bar >= 0; bar = line.indexOf(" | ", bar + 1)) {
            items++;
        }
        return items == 1 ? 0 : items;
    }

    /**
     * A tag line: its items are short and none joins the last with "and" or "or", as a sentence's list does, nor holds
     * a score or a bowler's figures ("Bowling: Vass 7-0-29-0, de Silva 4-0-25-0, …" is a scorecard).
     */
    private static boolean isTagList(String line) {
        if (line.indexOf(", ") < 0
                || !TAG_LIST.matcher(line).matches()
                || SCORE.matcher(line).find()) {
            return false;
        }
        for (String item : line.substring(line.indexOf(": ") + 2).split(", ")) {
            if (Words.count(item, MAX_TAG_WORDS + 1) > MAX_TAG_WORDS
                    || item.startsWith("and ")
                    || item.startsWith("or ")
                    || item.contains(" and ")
                    || item.contains(" or ")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMetaItem(String text) {
        return text.length() <= 30 && META_ITEM.matcher(text).matches();
    }

    /**
     * A full stop, question or exclamation mark after a lower-case letter and before a capital: two sentences; not the
     * full stop of an abbreviated title or place word ("St. Thomas 15°C", "Mt. Hood").
     */
    private static boolean hasSentenceBreak(String item) {
        for (int i = 1; i + 2 < item.length(); i++) {
            char c = item.charAt(i);
            if ((c == '.' || c == '?' || c == '!')
                    && item.charAt(i + 1) == ' '
                    && Character.isLowerCase(item.charAt(i - 1))
                    && Character.isUpperCase(item.charAt(i + 2))
                    && !(c == '.' && ABBREVIATION.matcher(item.substring(0, i)).find())) {
                return true;
            }
        }
        return false;
    }
}
