package newsflow.ingest.cleaning.furniture.lists;

import java.util.List;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.Block;
import newsflow.ingest.cleaning.furniture.Words;

/**
 * Lists of other articles' headlines: "Most read", "Our most-read pieces", "Most popular", "Trending now", "Popular now",
 * "Top stories", "Top reads this week", "What
 * Montevideo is reading tonight", "What our readers are looking at", "Today’s most-viewed", "The week’s most read",
 * "Obituaries" (with its death notices), the same in Spanish, Portuguese, French, German, Italian and Polish ("Lo más
 * leído", "Mais lidas", "Les plus lus", "Meistgelesen", "Più letti", "Najczęściej czytane"),
 * "Editor's picks", "Related", "More from Europe", "More tech", "Next in Tangerine Wire", "Keep reading", "Around the
 * web · Sponsored" and the
 * like, numbered or not.
 * <ul>
 * <li>Under a heading of such a list, wherever it is on the page, the heading and the headline-like lines after it
 * are furniture, up to the first line that reads as a paragraph. Numbers and other short lines ("1", "2h ago",
 * "World") between the headlines belong to the list.</li>
 * <li>Without a heading this list knows, a trailing list is furniture: after the last paragraph of the page, three or
 * more headline-like lines of three words or more, with nothing after them but short lines, captions and furniture.
 * A list the body introduces ("The main points:") is the article's own and stays.</li>
 * <li>Under a short heading this list does not know ("Everyone’s talking about"), three or more headline-like lines
 * of four words or more, after which only furniture and short lines follow, are a list of headlines.</li>
 * </ul>
 * A headline-like line is short (2 to 25 words, at most 180 characters), begins with a capital letter, digit or quote,
 * has no semicolon and does not end with a full stop, comma or colon; an optional rank ("1.", "2)") before it is
 * ignored, as is one in small letters or Roman numerals ("a)", "ii."). A real article's numbered list of facts inside its body is followed by paragraphs, so it is never
 * trailing; its items usually end with full stops, so it does not continue a list under a heading either.
 */
public final class HeadlineLists {

    private static final int MAX_HEADING_LENGTH = 48;
    private static final int MAX_HEADLINE_LENGTH = 180;
    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MAX_SHORT_WORDS = 3;
    private static final int MAX_SHORT_LENGTH = 30;
    private static final int MIN_TRAILING_HEADLINES = 3;
    private static final int MIN_TRAILING_HEADLINE_WORDS = 3;
    private static final int MAX_SHORT_HEADING_WORDS = 6;
    private static final int MIN_LIST_HEADLINE_WORDS = 4;

    /** The sections a site names its lists after: "More tech", "More sport". */
    private static final String SECTIONS = "(?:tech|technology|sport|sports|football|cricket|rugby|politics|business"
            + "|money|markets|world|news|culture|arts|science|health|opinion|travel|lifestyle|entertainment|video"
            + "|videos|podcasts|local|environment|climate|education)";

    private static final Pattern HEADING = Pattern.compile("(?i)^(?:"
            + "(?:(?:our|the) |(?:today|yesterday|the week|this week|the day|this month)(?:'s|’s) )?"
            + "most[ -](?:read|popular|viewed|shared|commented|watched|emailed|recent)(?: (?:today|this week|now"
            + "|articles|stories|news|pieces|reads|items|(?:in|on) [\\p{L} ]{1,30}))?"
            + "|(?:trending|popular)(?: (?:now|today|stories|articles|news|topics|this week|on [\\p{L} ]{1,30}))?"
            + "|top (?:stories|news|headlines|reads|picks)(?: (?:today|this week|now))?"
            + "|what (?:[\\p{L}’'-]+ ){1,3}(?:is|are) (?:reading|watching|sharing|looking at|clicking on|talking about)"
            + "(?: (?:now|today|tonight|this week))?"
            + "|editor(?:'s|’s|s'|s’|s)? (?:picks?|choice|selection)|our picks|staff picks"
            + "|recommended(?: (?:for you|reading|stories|articles))?|you (?:may|might) (?:also )?(?:like|enjoy)"
            + "|(?:don't|don’t|do not) miss|latest (?:news|stories|headlines)|in case you missed it"
            + "|more (?:news|stories|headlines|on this story|from [\\p{L} ]{1,30}|in [\\p{L} ]{1,30}|" + SECTIONS + ")"
            + "|related(?: (?:articles|stories|news|content|coverage|topics))?|read (?:next|more)|what to read next"
            + "|up next|next (?:in|on|from) [\\p{L} ]{1,30}"
            + "|(?:keep|continue|further) reading"
            + "|also (?:on|in) [\\p{L} ]{1,30}|elsewhere on [\\p{L} ]{1,30}|from around the web|around the web|from the web"
            + "|obituaries|death notices"
            + "|lo más (?:leído|visto)|(?:las |los )?más (?:leíd|vist)[oa]s|(?:as |os )?mais (?:lid|vist)[oa]s"
            + "|les plus lus|meistgelesen|(?:i )?più letti|najczęściej czytane"
            + "|readers(?:'|’)? (?:favou?rites|picks|choice)|(?:sponsored|promoted|paid|partner)(?: (?:content|stories|links|posts))?|(?:from|by) our partners"
            + ")(?:\\s*[·|•–—-]\\s*(?:sponsored|promoted|ads?|advertisement|paid content|partner content))?\\s*[:.]?$");
    /**
     * A fixture of a draw or schedule: two names, each of up to three capitalised words, "at" or "v" between them
     * ("Austria at Croatia", "LOS ANGELES AT PHILADELPHIA").
     */
    private static final Pattern FIXTURE = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2} (?:at|AT|v|V|vs\\.?|VS\\.?|versus) \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}$");

    /** A death notice under "Obituaries": "Harold “Buzz” Wilkerson, 88, of Denver, Ind.", "Joan M. Teeter, 79". */
    private static final Pattern OBITUARY = Pattern.compile(
            "^[^,;:!?]{3,60}, \\d{1,3}(?:, (?:formerly )?of [^,;:!?]{2,40}(?:, [\\p{L}.]{2,15})?)?\\.?$");

    private static final Pattern RANK = Pattern.compile("^(?:#?\\d{1,2}[.)]?|[a-j][.)]|[ivx]{1,4}[.)])\\s+");
    /** A rank in small letters or Roman numerals before a capital: "a) Gabès …", "ii. Maurice Bishop …". */
    private static final Pattern LETTER_RANK = Pattern.compile("^(?:[a-j]|[ivx]{1,4})[.)]\\s+\\p{Lu}");

    private static final Pattern NUMBER = Pattern.compile("\\(?\\d[\\d.,:/-]*\\)?");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern BARE_RANK = Pattern.compile("^#?\\d{1,2}[.)]?$");

    private HeadlineLists() {}

    /** Whether the line heads a list of other articles' headlines: "Most read", "Trending now", "Editor's picks". */
    static boolean isHeading(String line) {
        return line.length() <= MAX_HEADING_LENGTH && HEADING.matcher(line).matches();
    }

    /** Marks as furniture each list heading and the headline-like and short lines after it. */
    public static void markListsUnderHeadings(List<Block> blocks, Block.Role[] roles) {
        for (int i = 0; i < blocks.size(); i++) {
            if (roles[i] == Block.Role.CAPTION || !isHeading(blocks.get(i).text())) {
                continue;
            }
            roles[i] = Block.Role.FURNITURE;
            int next = i + 1;
            while (next < blocks.size()
                    && (roles[next] == Block.Role.FURNITURE
                            || roles[next] == Block.Role.TEXT
                                    && isListLine(blocks.get(next).text()))) {
                roles[next++] = Block.Role.FURNITURE;
            }
            i = next - 1;
        }
    }

    /**
     * Marks as furniture a list under a heading this class does not know ("Everyone’s talking about", "You might have
     * missed") or right after other furniture (a teaser "Before you go: …"): a short line (one to six words, no full
     * stop, colon or other end of a sentence), or a line already furniture, followed at once by
     * three or more headline-like lines of four words or more (one of them may be furniture already, a labelled teaser
     * among the headlines), with no paragraph of text after them (other furniture
     * may follow: a newsletter prompt, a consent notice, a footer). A list of facts under a sub-heading of the body is
     * followed by more of the body, a list the body introduces ends its introduction with a colon, and a table's
     * rows are data, so none of them is taken.
     */
    public static void markListsUnderShortHeadings(List<Block> blocks, Block.Role[] roles) {
        for (int i = 0; i + MIN_TRAILING_HEADLINES < blocks.size(); i++) {
            boolean heading =
                    roles[i] == Block.Role.TEXT && isShortHeading(blocks.get(i).text());
            boolean afterFurniture = roles[i] == Block.Role.FURNITURE;
            if (!heading && !afterFurniture) {
                continue;
            }
            int end = i + 1;
            int headlines = 0;
            while (end < blocks.size()
                    && (roles[end] == Block.Role.FURNITURE && headlines > 0
                            || roles[end] == Block.Role.TEXT
                                    && isListHeadline(blocks.get(end).text()))) {
                headlines += roles[end] == Block.Role.TEXT ? 1 : 0;
                end++;
            }
            while (end > i + 1 && roles[end - 1] == Block.Role.FURNITURE) {
                end--;
            }
            if (end - i - 1 >= MIN_TRAILING_HEADLINES
                    && headlines >= MIN_TRAILING_HEADLINES - 1
                    && !paragraphFollows(blocks, roles, end)) {
                roles[i] = Block.Role.FURNITURE;
                for (int j = i + 1; j < end; j++) {
                    roles[j] = Block.Role.FURNITURE;
                }
                i = end - 1;
            }
        }
    }

    /** Whether a paragraph of text comes after the list, other furniture passed over: the list is the body's. */
    private static boolean paragraphFollows(List<Block> blocks, Block.Role[] roles, int from) {
        for (int i = from; i < blocks.size(); i++) {
            if (roles[i] == Block.Role.TEXT) {
                String line = blocks.get(i).text();
                if (!isShort(line) && !isHeadline(line)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isShortHeading(String line) {
        return line.length() <= MAX_HEADING_LENGTH
                && !line.isEmpty()
                && Character.isUpperCase(line.codePointAt(0))
                && Words.count(line, MAX_SHORT_HEADING_WORDS + 1) <= MAX_SHORT_HEADING_WORDS
                && !endsSentence(line)
                && !line.endsWith(":")
                && !isData(line)
                && !isFixture(line);
    }

    private static boolean isListHeadline(String line) {
        return isHeadline(line)
                && !isFixture(line)
                && Words.count(line, MIN_LIST_HEADLINE_WORDS) >= MIN_LIST_HEADLINE_WORDS;
    }

    /** A fixture of a draw or a schedule, not another article's headline: "Switzerland at Slovak Republic". */
    private static boolean isFixture(String line) {
        return FIXTURE.matcher(line).matches();
    }

    /**
     * Marks as furniture a list of three or more headlines after the last paragraph of the page; not when the lines
     * before it are a table (a schedule after the standings: "ATLANTA AT CHICAGO"); a draw's fixtures ("Switzerland at
     * Slovak Republic") are no headlines, here or under a short heading.
     */
    public static void markTrailingList(List<Block> blocks, Block.Role[] roles) {
        int headlines = 0;
        int start = blocks.size();
        int paragraph = -1;
        for (int i = blocks.size() - 1; i >= 0 && paragraph < 0; i--) {
            if (roles[i] != Block.Role.TEXT) {
                continue;
            }
            String line = blocks.get(i).text();
            if (isHeadline(line)
                    && !isFixture(line)
                    && Words.count(line, MIN_TRAILING_HEADLINE_WORDS) >= MIN_TRAILING_HEADLINE_WORDS) {
                headlines++;
                start = i;
            } else if (isShort(line)) {
                start = i;
            } else {
                paragraph = i;
            }
        }
        boolean introducedByTheBody =
                paragraph >= 0 && blocks.get(paragraph).text().endsWith(":");
        boolean partOfATable = paragraph >= 0 && isData(blocks.get(paragraph).text());
        if (paragraph < 0 || headlines < MIN_TRAILING_HEADLINES || introducedByTheBody || partOfATable) {
            return;
        }
        for (int i = start; i < blocks.size(); i++) {
            if (roles[i] == Block.Role.TEXT) {
                roles[i] = Block.Role.FURNITURE;
            }
        }
    }

    private static boolean isListLine(String line) {
        return isHeadline(line) || isShort(line) || OBITUARY.matcher(line).matches();
    }

    /** A rank ("1", "2.") or a line of at most three words that ends no sentence: "World", "2h ago". */
    public static boolean isShort(String line) {
        return isBareRank(line)
                || line.length() <= MAX_SHORT_LENGTH
                        && Words.count(line, MAX_SHORT_WORDS + 1) <= MAX_SHORT_WORDS
                        && !endsSentence(line);
    }

    private static boolean isBareRank(String line) {
        return line.length() <= 4
                && !line.isEmpty()
                && (Character.isDigit(line.charAt(0)) || line.charAt(0) == '#')
                && BARE_RANK.matcher(line).matches();
    }

    /**
     * The second sentence an explainer's headline ends with, which is no sign of prose: "Bình Dương factories are
     * hiring again. Here is why", "Fuel is dearer: here's what changes".
     */
    private static final Pattern EXPLAINER_TAIL = Pattern.compile(
            "[.:] (?:[Hh]ere(?:'s|’s| is| are)|[Tt]his is) (?:why|how|what|who|where|when)\\b[^.;]{0,40}[.?!]?$");

    public static boolean isHeadline(String line) {
        boolean ranked = !line.isEmpty()
                && (Character.isDigit(line.charAt(0))
                        || line.charAt(0) == '#'
                        || LETTER_RANK.matcher(line).lookingAt());
        String unranked = ranked ? RANK.matcher(line).replaceFirst("") : line;
        String whole = unranked.isEmpty() || Character.isLowerCase(unranked.codePointAt(0)) ? line : unranked;
        String headline = whole.indexOf("ere") >= 0 || whole.indexOf("his is") >= 0 // "Here is why", "This is how"
                ? EXPLAINER_TAIL.matcher(whole).replaceFirst("")
                : whole;
        if (headline.isEmpty()
                || headline.length() > MAX_HEADLINE_LENGTH
                || endsSentence(headline)
                || headline.indexOf(';') >= 0
                || isData(headline)
                || Character.isLowerCase(headline.codePointAt(0))
                || hasSentenceBreak(headline)) {
            return false;
        }
        int words = Words.count(headline, MAX_HEADLINE_WORDS + 1);
        return words >= 2 && words <= MAX_HEADLINE_WORDS;
    }

    /**
     * Whether the line is a row of data rather than a headline: two or more numbers standing as words, or a number
     * (but a year) as its last word, as in a results line, a table or a list of times ("Hull 2 Derby 1", "Sale 31
     * Wasps 33", "Bob Kennedy (U.S.) 13:06.12").
     */
    static boolean isData(String line) {
        String[] words = line.strip().split("\\s+");
        int numbers = 0;
        for (String word : words) {
            if (NUMBER.matcher(word).matches() && ++numbers >= 2) {
                return true;
            }
        }
        String last = words[words.length - 1];
        return NUMBER.matcher(last).matches() && !YEAR.matcher(last).matches();
    }

    /** Whether the line ends with a full stop, comma, colon or semicolon, before any closing quotes or brackets. */
    private static boolean endsSentence(String line) {
        int end = line.length() - 1;
        while (end >= 0 && "\"”’')]»".indexOf(line.charAt(end)) >= 0) {
            end--;
        }
        if (end < 0) {
            return false;
        }
        char last = line.charAt(end);
        boolean ellipsis = line.startsWith("...", Math.max(0, end - 2)) || last == '…';
        return (last == '.' && !ellipsis) || last == ',' || last == ':' || last == ';';
    }

    /** A full stop after a lower-case letter and before a capital: two sentences, not "U.S. Senate". */
    private static boolean hasSentenceBreak(String line) {
        for (int dot = line.indexOf(". "); dot > 0 && dot + 2 < line.length(); dot = line.indexOf(". ", dot + 1)) {
            if (Character.isLowerCase(line.charAt(dot - 1)) && Character.isUpperCase(line.charAt(dot + 2))) {
                return true;
            }
        }
        return false;
    }
}
