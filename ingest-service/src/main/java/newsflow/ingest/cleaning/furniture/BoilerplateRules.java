package newsflow.ingest.cleaning.furniture;

import java.util.List;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.appeals.ConsentNotices;
import newsflow.ingest.cleaning.furniture.appeals.NewsletterPrompts;
import newsflow.ingest.cleaning.furniture.appeals.Promotions;
import newsflow.ingest.cleaning.furniture.appeals.ReaderAppeals;
import newsflow.ingest.cleaning.furniture.appeals.ServiceLinks;
import newsflow.ingest.cleaning.furniture.appeals.ShareBars;
import newsflow.ingest.cleaning.furniture.credits.Bylines;
import newsflow.ingest.cleaning.furniture.credits.Captions;
import newsflow.ingest.cleaning.furniture.credits.CopyrightLines;
import newsflow.ingest.cleaning.furniture.lists.HeadlineLists;

/**
 * What promo lines and notices look like on news pages ({@link Captions} says what captions look like). A promo line is one of the furniture classes a single
 * line shows: a general promo ("Read more: …", "Subscribe for €1 a month", "We use cookies"), a reader appeal, a
 * newsletter prompt, a share bar, a commercial promotion ({@link Promotions}) or a line in which the publication describes
 * itself ({@link ReaderAppeals#describesPublication}). A notice is the site's own: a consent notice ({@link ConsentNotices}), a copyright
 * or imprint line ({@link CopyrightLines}), a link to one of its services ({@link ServiceLinks}) or a byline
 * ({@link Bylines}). General promo vocabulary only makes a promo of a line that speaks to the reader
 * ({@link CallsToAction}), except for phrases that nothing but page furniture uses ("all rights reserved", "we use
 * cookies").
 */
final class BoilerplateRules {

    /** Longest block that can be a promo line; longer ones are article text whatever words they use. */
    private static final int MAX_PROMO_LENGTH = 300;
    /** Longest block any single-line rule looks at: an appeal's pitch. */
    static final int MAX_LINE_RULE_LENGTH = 600;

    private static final Pattern PROMO = Pattern.compile("\\b("
            + "subscribe|subscription|newsletter|sign[ -]up|membership|become an? (member|subscriber|supporter)"
            + "|your gateway|join (us|our|today|now|the club)|read more|continue reading|read also|see also"
            + "|share (this|on|via)|follow us|download (our|the) app|support (our|independent) journalism"
            + "|advertisement)\\b");

    /** Phrases only page furniture uses, furniture whoever they address. */
    private static final Pattern FURNITURE_PHRASE = Pattern.compile("\\b(click here|all rights reserved"
            + "|cookies? (policy|settings|consent)|we use cookies|accept (all )?cookies|sponsored content"
            + "|privacy (notice|policy)|comments (are|have been) (closed|disabled|turned off)"
            + "|(comments|commenting) (is |are |has been |have been )?(closed|disabled|switched off|turned off)"
            + " (for|on) this (story|article|post)|(it is|it's|it’s) free to (subscribe|sign up|join))\\b");

    private static final List<String> FURNITURE_PHRASE_CUES =
            List.of("click here", "rights reserved", "cookie", "sponsored", "privacy", "comment", "free to");

    /** Lines that are furniture on their own; the headings of lists of headlines are {@link HeadlineLists}'. */
    private static final Pattern FURNITURE_LINE = Pattern.compile("^(advertisement|share|share this article)[:.]?$");

    private static final int MAX_FURNITURE_LINE_LENGTH = 20;
    /**
     * A promo's button at the end of its line: "… sent from Port Louis every Monday. Count me in", "… before 7am. Get
     * it free".
     */
    private static final Pattern BUTTON_END = Pattern.compile("(?:^|[.!?] )(?:count me in|get it free|sign me up"
            + "|free to all readers|free for all readers|yes,? please)[.!]?$");
    /**
     * A list of other articles on one line, under its heading: "Most shared today: … · …", "Letters: “…” · …",
     * "More from Europe: … · …".
     */
    private static final Pattern INLINE_LIST = Pattern.compile("^(?:most (?:read|shared|popular|viewed|commented)"
            + "(?: today| now| this week)?|trending(?: now| today)?|popular (?:now|today)|top stories|latest|letters"
            + "|related|also read|see also|read more|more from [^:·]{1,30}|elsewhere on [^:·]{1,30}): [^·]{3,}·");
    /** A comment count at the start of a line, alone or before other items: "Comments (319) · …", "42 comments". */
    private static final Pattern COMMENT_COUNT =
            Pattern.compile("^(?:comments? ?\\(\\d[\\d,]*\\)|\\d[\\d,]* comments?)" + "(?:\\s*[·|•]|$)");

    /**
     * Lower-case words one of which every promo line contains. Looking for them first is much cheaper than trying
     * every alternative of the patterns at every position of every line.
     */
    private static final List<String> PROMO_WORDS = List.of(
            "subscri",
            "newsletter",
            "sign",
            "membership",
            "become a",
            "gateway",
            "join ",
            "click here",
            "read ",
            "continue reading",
            "see also",
            "share",
            "follow us",
            "download",
            "support",
            "rights reserved",
            "cookie",
            "advertisement",
            "sponsored",
            "privacy");

    private BoilerplateRules() {}

    /** Whether the line is a promo line of any class: general promo, appeal, newsletter prompt or share bar. */
    static boolean isPromo(String block) {
        return isPromo(block, CallsToAction.lower(block));
    }

    /** {@link #isPromo(String)}, given the line in lower case from {@link CallsToAction#lower(String)}. */
    static boolean isPromo(String block, String lower) {
        if (block.length() > MAX_LINE_RULE_LENGTH) {
            return false;
        }
        if (isFurnitureAlone(block, lower)
                || ShareBars.isShareBar(block, lower)
                || Promotions.isPromotion(block, lower)
                || ReaderAppeals.describesPublication(block, lower)
                || NewsletterPrompts.describesDelivery(block, lower)) {
            return true;
        }
        return CallsToAction.mayCallOnReader(block, lower)
                && (isGeneralPromo(block, lower)
                        || ReaderAppeals.isAppeal(block, lower)
                        || NewsletterPrompts.isPrompt(block, lower));
    }

    /**
     * Furniture whoever it addresses: "All rights reserved", "We use cookies", "Advertisement", "Share", "Comments
     * (319) · …", "It is free to subscribe", "Most shared today: … · …", a line ending in a button ("… Count me in").
     */
    private static boolean isFurnitureAlone(String block, String lower) {
        return block.length() <= MAX_PROMO_LENGTH
                        && (hasFurniturePhraseCue(lower)
                                        && FURNITURE_PHRASE.matcher(lower).find()
                                || lower.indexOf("comment") >= 0
                                        && COMMENT_COUNT.matcher(lower).lookingAt())
                || block.length() <= MAX_FURNITURE_LINE_LENGTH
                        && FURNITURE_LINE.matcher(lower).matches()
                || block.length() <= MAX_PROMO_LENGTH
                        && lower.indexOf(':') > 0
                        && INLINE_LIST.matcher(lower).lookingAt()
                || block.length() <= MAX_PROMO_LENGTH
                        && BUTTON_END.matcher(lower).find();
    }

    /**
     * Whether the line is a notice of the site rather than a promo: a cookie or consent notice, a copyright or imprint
     * line, a link to a service of the site, a byline, or the article's date alone ("Sunday 22 November 2026 | 16:58");
     * {@code lower} is the line in lower case.
     */
    static boolean isNotice(String block, String lower) {
        return block.length() <= MAX_LINE_RULE_LENGTH
                && (ConsentNotices.isNotice(block, lower)
                        || CopyrightLines.isCopyright(block, lower)
                        || ServiceLinks.isServiceLink(block, lower)
                        || Bylines.isByline(block)
                        || Bylines.isDateLine(block));
    }

    private static boolean isGeneralPromo(String block, String lower) {
        return block.length() <= MAX_PROMO_LENGTH
                && containsPromoWordLower(lower)
                && CallsToAction.callsOnReader(block, lower, PROMO);
    }

    private static boolean hasFurniturePhraseCue(String lower) {
        for (String cue : FURNITURE_PHRASE_CUES) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the general promo vocabulary occurs in the line, whether or not the line speaks to the reader. */
    static boolean matchesPromoPattern(String block) {
        String lower = CallsToAction.lower(block);
        return PROMO.matcher(lower).find()
                || FURNITURE_PHRASE.matcher(lower).find()
                || FURNITURE_LINE.matcher(lower).matches();
    }

    static boolean containsPromoWord(String block) {
        return containsPromoWordLower(CallsToAction.lower(block));
    }

    private static boolean containsPromoWordLower(String lower) {
        for (String word : PROMO_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
