package newsflow.ingest.cleaning.furniture.lists;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.Block;
import newsflow.ingest.cleaning.furniture.CallsToAction;
import newsflow.ingest.cleaning.furniture.Words;
import newsflow.ingest.cleaning.furniture.appeals.ServiceLinks;

/**
 * Teasers by their shape rather than their words: a label, a colon or a middle dot, and another page's headline or the
 * pitch of one of the site's own products. {@link ServiceLinks} knows the labels sites share ("Read more:", "Watch:");
 * each site also has labels of its own ("Before you go:", "Worth your time:", "Map:", "Just in:", "Background
 * reading:", "SUPERCOACH ·"), and no list of words keeps up with them. So:
 * <ul>
 * <li>A <b>labelled headline</b> is furniture: a label of one to five words (letters only, perhaps a year; the words
 * after the first in lower case, or all in capitals), a colon or a middle dot, and a headline: a remainder of at most
 * 30 words, three or more of them in lower case, that ends no sentence (no full stop), holds no row of data, figure in
 * brackets, ordinal, list of names, semicolon or fixture, quotes no one at its start and reports no speech, in a line
 * of eight words or more. "Attendance: 38,412." and "Suns: Host Memphis on Saturday night." end with full stops and
 * stay; "Scorers: Toulouse: Tries: Lourdes 2, …" is data, "Scorers: … 81st minute, … (89th)" a match report, "To bat:
 * R. Croft, D. Cork, …" a team sheet, "At Trent Bridge: Nottinghamshire …" names a place; "Sunday: PSV v AZ at the
 * Philips Stadion" is a fixture; "Kofod: “Russia bears full responsibility”" quotes; a body's sub-heading with a label
 * is shorter ("Analysis: why Lagos matters").</li>
 * <li>A <b>product pitch</b> is furniture even when it ends with a full stop: a labelled line ("The Long Run: …",
 * "Marginalia, our Friday letter: …", "The Set Restart, every Wednesday: …") or a call to listen, read or watch ("Listen
 * to Floor Period, our weekly statehouse podcast …", "Our Monday podcast, Kopbal, is recorded …") that gives a
 * schedule ("every Friday", "on Saturdays", "weekly", "a Wednesday digest") or an offer ("Free.", "Free to sign up",
 * "RSVP", "tickets £12"); or a labelled line that gives an event's date with its speakers, guests or passes ("Mekong
 * Markets Forum 2026: Phnom Penh, 14–15 October, with speakers from …").</li>
 * <li>A <b>data credit</b> under a chart or table is furniture: "Data: Clarksons Research, company filings.",
 * "Sources: …"; so is a <b>correction</b> or update note: "Correction, 15 February: an earlier version of this report
 * said …", "Clarification: …", "Editor's note (Tue.): …", "Updated 12:41 a.m. CT: adds comments …"; and so is a
 * teaser for the <b>archive</b>: "From the Grapevine vault: …", "… (from our archive, August 2024)".</li>
 * </ul>
 * The first text block after the headline is not judged here: on scraped text it is the standfirst ("Hull 2 Derby 1:
 * the striker’s 14th and 15th goals …"). Run after the listings and lists under known headings, so that a run of
 * what's-on lines goes with its heading. What a longer labelled sub-heading in the body would cost is measured on the
 * web sets: launcher's {@code WebSetScorer} prints the article text the cleaner moved to BOILERPLATE.
 */
public final class LabelledTeasers {

    private static final int MAX_LENGTH = 300;
    private static final int MAX_HEADLINE_WORDS = 30;
    /** Fewest words of a labelled headline: a body's sub-heading with a label is shorter ("Analysis: why X matters"). */
    private static final int MIN_HEADLINE_WORDS = 8;
    /** Fewest words in lower case after the label: a headline has them ("to cut 600 jobs at its"), a name has not. */
    private static final int MIN_LOWER_CASE_WORDS = 3;

    private static final int MAX_PITCH_WORDS = 45;
    /** Furthest a label's colon or middle dot can be: a label of five words, or a name and a few words about it. */
    private static final int MAX_LABEL_MARK = 100;

    private static final String DAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
    private static final String DAY_LABEL = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day:";

    /** A label of one to five words of letters, the first capitalised, perhaps a year, then a colon or a middle dot. */
    private static final Pattern LABEL = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’&-]*(?: [\\p{L}'’&-]+){0,4}(?: (?:19|20)\\d\\d)?\\s*[:·]\\s+(?<rest>\\S.*)$");
    /** A credit for a chart's or table's data: "Data: Clarksons Research, company filings.", "Sources: …". */
    private static final Pattern DATA_CREDIT = Pattern.compile(
            "^(?:Data|Sources?|Chart|Graphic|Graphics|Figures" + "|Map data)(?: and [\\p{L}]+)?: \\p{Lu}");
    /** A match report's data, a figure in brackets or an ordinal: "Joakim Persson 81st minute, Daniel Andersson (89th)". */
    private static final Pattern RESULT = Pattern.compile("\\(\\s*\\d|\\b\\d+(?:st|nd|rd|th)\\b");
    /** A fixture: a day's label ("Sunday: PSV v AZ at the Philips Stadion") or two sides with "v" between them. */
    private static final Pattern FIXTURE = Pattern.compile("^" + DAY_LABEL + "|\\s(?:v|vs\\.?|versus)\\s");

    /** A product's name, a comma and a few words about it, then a colon: "Marginalia, our Friday letter: …". */
    private static final Pattern NAMED_LABEL =
            Pattern.compile("^\\p{Lu}[\\p{L}'’&-]*(?: [\\p{L}'’&-]+){0,3}, [^:.;!?]{3,40}:\\s+\\S");

    private static final Pattern SCHEDULE = Pattern.compile("(?i)\\b(?:(?:every|each) (?:" + DAY
            + "|weekday|day|week|morning|evening|night|month)|on " + DAY + "s|" + DAY + "s\\b|weekly|daily|fortnightly"
            + "|nightly|(?:a|our|the) " + DAY + " (?:digest|letter|newsletter|email|briefing|round-?up|podcast|show"
            + "|column|edition))\\b");
    /** Lower-case words one of which every schedule and every offer holds, looked for before the patterns. */
    private static final List<String> SCHEDULE_CUES =
            List.of("day", "week", "daily", "night", "morning", "evening", "month");

    private static final List<String> OFFER_CUES = List.of("free", "rsvp", "ticket");
    /** A day and month: "27 November", "14–15 October", "March 14". */
    private static final String MONTH =
            "(?:January|February|March|April|May|June|July|August|September|October" + "|November|December)";

    private static final Pattern EVENT_DATE =
            Pattern.compile("\\b\\d{1,2}(?:[–-]\\d{1,2})? " + MONTH + "\\b|\\b" + MONTH + " \\d{1,2}\\b");
    /** What an event's promotion offers besides its date: speakers, guests, passes, a conversation. */
    private static final Pattern EVENT = Pattern.compile("\\b(?:with (?:speakers|guests|the team|the author)"
            + "|in conversation|passes|early[- ]bird|on sale|book (?:now|your|a seat)|doors open)\\b");

    private static final Pattern OFFER =
            Pattern.compile("(?:(?:^|[.;:] )Free(?:[.;!]| to\\b|$)|\\bRSVP\\b" + "|\\btickets? [£$€]\\d)");
    /** A call to listen, read or watch one of the site's own products: "Listen to Floor Period, our weekly …". */
    private static final Pattern OWN_PRODUCT_CALL = Pattern.compile("^(?:(?:Listen|Read|Watch|Hear|Catch|Get|Follow)"
            + "\\b[^.;!?]{0,60}, our|Our) (?:[\\p{L}-]+ ){0,3}(?:podcast|newsletter|letter|digest|show|series|column"
            + "|briefing|email|video|vlog|live)\\b");
    /** A correction or clarification note: "Correction, 15 February: an earlier version of this report said …". */
    private static final Pattern CORRECTION = Pattern.compile("^(?:(?:Corrections?|Clarifications?|Editor['’]s note)"
            + "\\b(?:\\([^)]{0,20}\\)|[^:.]){0,30}:|Updated (?:at )?\\d{1,2}[:.]\\d\\d ?(?:[ap]\\.?m\\.?)?(?: [A-Z]{2,4})?:)"
            + "\\s+\\S");
    /**
     * A teaser for an article of the publication's past: "From the Grapevine vault: …", "Field notes, from our archive:
     * …", "Okoro’s rise: how … (from our archive, August 2024)".
     */
    private static final Pattern ARCHIVE =
            Pattern.compile("^(?:From (?:our|the) (?:[\\p{L}’'-]+ ){0,2}(?:archives?|vault)"
                    + "\\b[^:]{0,20}:|\\p{Lu}[\\p{L} ]{0,30}, from (?:our|the) archives?:|[^(]{10,200}\\((?:from )?(?:our|the) "
                    + "archives?\\b)");

    private LabelledTeasers() {}

    /** Marks as furniture the labelled headlines and product pitches, all but the first text block. */
    public static void mark(List<Block> blocks, Block.Role[] roles) {
        boolean first = true;
        for (int i = 0; i < blocks.size(); i++) {
            if (roles[i] != Block.Role.TEXT) {
                continue;
            }
            if (!first && isTeaser(blocks.get(i).text())) {
                roles[i] = Block.Role.FURNITURE;
            }
            first = false;
        }
    }

    static boolean isTeaser(String line) {
        if (line.length() > MAX_LENGTH || line.length() < 8 || !Character.isUpperCase(line.codePointAt(0))) {
            return false;
        }
        if (!hasLabelMark(line)) {
            return OWN_PRODUCT_CALL.matcher(line).lookingAt() && isProductPitch(line, false);
        }
        Matcher label = LABEL.matcher(line);
        boolean labelled = label.matches();
        return labelled && isLabelledHeadline(line, label.group("rest"))
                || isProductPitch(line, labelled || NAMED_LABEL.matcher(line).lookingAt())
                || CORRECTION.matcher(line).lookingAt()
                || (ARCHIVE.matcher(line).lookingAt()
                                || DATA_CREDIT.matcher(line).lookingAt())
                        && Words.count(line, MAX_HEADLINE_WORDS + 1) <= MAX_HEADLINE_WORDS;
    }

    private static boolean isLabelledHeadline(String line, String rest) {
        char start = rest.charAt(0);
        return "\"“‘'«„".indexOf(start) < 0
                && rest.indexOf(';') < 0
                && !ServiceLinks.endsSentence(rest)
                && Words.count(rest, MAX_HEADLINE_WORDS + 1) <= MAX_HEADLINE_WORDS
                && Words.count(line, MIN_HEADLINE_WORDS) >= MIN_HEADLINE_WORDS
                && !HeadlineLists.isData(rest)
                && !RESULT.matcher(rest).find()
                && !CallsToAction.quotesSomeone(line)
                && !FIXTURE.matcher(line).find()
                && isPlainLabel(line, line.length() - rest.length())
                && !isListOfNames(rest)
                && lowerCaseWords(rest) >= MIN_LOWER_CASE_WORDS;
    }

    /**
     * Whether the label's words after the first are in lower case ("Before you go", "Worth your time") or the label
     * is in capitals ("SUPERCOACH"): "At Trent Bridge:" and "In Larnaca:" before a match's result name a place.
     */
    private static boolean isPlainLabel(String line, int restStart) {
        String label = line.substring(0, restStart);
        if (label.equals(label.toUpperCase(Locale.ROOT))) {
            return true;
        }
        for (int i = label.indexOf(' '); i >= 0 && i + 1 < label.length(); i = label.indexOf(' ', i + 1)) {
            if (Character.isUpperCase(label.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Two or more commas each before a capital: a team sheet or a list of names ("R. Croft, D. Cork, A. Mullally"). */
    private static boolean isListOfNames(String rest) {
        int commas = 0;
        for (int i = rest.indexOf(", "); i >= 0 && i + 2 < rest.length(); i = rest.indexOf(", ", i + 1)) {
            if (Character.isUpperCase(rest.charAt(i + 2)) && ++commas >= 2) {
                return true;
            }
        }
        return rest.endsWith(",");
    }

    /** The words that begin in lower case: a headline has verbs and articles, a name alone has few or none. */
    private static int lowerCaseWords(String rest) {
        int words = 0;
        for (int i = 0; i < rest.length(); i++) {
            if ((i == 0 || rest.charAt(i - 1) == ' ') && Character.isLowerCase(rest.charAt(i))) {
                words++;
            }
        }
        return words;
    }

    /** A pitch: labelled, or a call to one of the site's products, with a schedule or an offer. */
    private static boolean isProductPitch(String line, boolean labelled) {
        if (!labelled && !OWN_PRODUCT_CALL.matcher(line).lookingAt()
                || Words.count(line, MAX_PITCH_WORDS + 1) > MAX_PITCH_WORDS) {
            return false;
        }
        String lower = CallsToAction.lower(line);
        return hasAny(lower, SCHEDULE_CUES) && SCHEDULE.matcher(line).find()
                || hasAny(lower, OFFER_CUES) && OFFER.matcher(line).find()
                || labelled
                        && EVENT_DATE.matcher(line).find()
                        && EVENT.matcher(lower).find();
    }

    private static boolean hasAny(String lower, List<String> cues) {
        for (String cue : cues) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a colon or middle dot comes early enough to end a label; most lines of a page have none. */
    private static boolean hasLabelMark(String line) {
        int end = Math.min(line.length(), MAX_LABEL_MARK);
        for (int i = 1; i < end; i++) {
            char c = line.charAt(i);
            if (c == ':' || c == '·') {
                return true;
            }
        }
        return false;
    }
}
