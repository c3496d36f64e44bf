package newsflow.ingest.cleaning.furniture.appeals;

import java.util.List;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.CallsToAction;

/**
 * Commercial promotions on news pages, in words no report uses for itself: betting offers and their small print ("Odds
 * supplied by Tipico. Please play responsibly. 18+", "contests now open. T&amp;Cs apply."), shop and trial offers ("Goa
 * villas under ₹2 crore – see prices", "30 days free"), "around the web" clickbait ("Doctors in Chennai stunned by this
 * simple knee trick"), ticket and streaming promotions ("Tickets for autumn shows by … are on sale via Ticketmaster",
 * "listen on Spotify and Tidal"), and events, podcasts and sponsors of the publication's own ("Book a table at the …
 * Dinner", "Webinar, 4 March: …", "Tune in to The Ballot Box on …", "Sponsored message from …", "New episode of …",
 * "Podcast pick: …"), and a call to tap or click that ends a line ("Breaking alerts from … on WhatsApp: tap to join our
 * channel", "… on the NetKick channel. Tap to watch") or to follow a live event on the site's own page ("Follow every
 * heat live from … on our timing page"). A line that reports speech stays article text: "Tickets went on sale via
 * Ticketmaster on Friday and sold out in an hour, the promoter said."
 */
public final class Promotions {

    private static final int MAX_LENGTH = 300;

    /** Lower-case words one of which every promotion contains; looked for before the patterns. */
    private static final List<String> CUES = List.of(
            "t&c",
            "terms apply",
            "terms and conditions apply",
            "responsibly",
            "gambleaware",
            "odds ",
            "18+",
            "see prices",
            "shop now",
            "buy now",
            "free trial",
            "days free",
            "trick",
            "stunned",
            "baffled",
            "won't believe",
            "won’t believe",
            "on sale",
            "tickets",
            "listen",
            "stream",
            "watch",
            "register now",
            "limited offer",
            "limited-time offer",
            "try it",
            "try free",
            "free for",
            "relive",
            "catch up",
            "our partner",
            "our affiliate",
            "back to us",
            "commission",
            "book",
            "webinar",
            "lecture",
            "tune in",
            "tap to",
            "click to",
            "swipe to",
            "on our ",
            "sponsored",
            "episode",
            "podcast",
            "sponsor",
            "partner:",
            "partners:",
            "proud partner");

    private static final Pattern PROMOTION = Pattern.compile("(?:\\bt&(?:amp;)?cs? apply|\\b(?:full )?terms"
            + "(?: and conditions)? apply|\\b(?:please )?(?:play|gamble|bet) responsibly|\\b(?:be)?gambleaware\\b"
            + "|\\bodds (?:supplied|provided|courtesy|powered) by|(?<![\\p{L}\\d])18\\+(?![\\p{L}\\d])"
            + "|\\bsee (?:the )?prices\\b|\\bshop now\\b|\\bbuy now\\b(?![,-]? pay later)|\\bfree trial\\b"
            + "|\\b\\d+ days free\\b|\\btry (?:it )?(?:free|for free)\\b|\\bfree for \\d+ days\\b"
            + "|\\b(?:this|one|these) (?:simple|weird|strange|clever|little|easy) tricks?\\b"
            + "|\\b(?:are |is )?(?:stunned|baffled|shocked) by this\\b|\\byou won['’]t believe\\b"
            + "|\\b(?:tickets?|seats|passes) (?:\\p{L}+ ){0,10}(?:are |is |go |now )?on sale (?:now|via|through)\\b"
            + "|\\bearly[- ]bird (?:passes|tickets|rates?|prices?|registration)\\b"
            + "|^(?:get|book|buy) (?:your )?tickets\\b"
            + "|\\b(?:listen|stream|watch) (?:now |free |again )?on (?:spotify|apple|amazon|youtube|deezer|tidal"
            + "|soundcloud|google|audible|pocket casts|your (?:favourite|favorite|podcast))"
            + "|\\bbook (?:your |a |an )?(?:seat|seats|table|place|places|spot|ticket|tickets)\\b"
            + "|^(?:webinar|public lecture|book launch|panel discussion|masterclass)\\b|^tune in\\b"
            + "|^sponsored (?:message|content|post|feature|by)\\b|^new episode\\b|^podcast(?: pick)?:"
            + "|\\bregister now\\b|\\blimited[- ]time offer\\b|\\blimited offer\\b"
            + "|\\bfrom our (?:partner|affiliate)s?\\b|\\bcomes? back to us\\b|\\bwe (?:may )?(?:earn|receive|get)"
            + " (?:a )?(?:small )?commission\\b|\\baffiliate (?:links?|commissions?)\\b"
            + "|^(?:match|official|headline|title|shirt|kit|presenting|event|series|day) (?:sponsor|partner)s?:"
            + "|\\bproud (?:sponsor|partner)s? of\\b"
            + "|(?:^|[.:!?]\\s+|\\s[–—-]\\s)(?:tap|click|swipe) (?:here )?to (?:watch|join|listen|read|follow|subscribe"
            + "|sign up|download|play|vote)\\b[^.!?]{0,40}[.!]?$"
            + "|^follow (?:[\\p{L}\\d'’-]+ ){0,10}?live\\b[^\"“”.!?]{0,60}\\bon our (?:[\\p{L}-]+ ){0,3}(?:page|app"
            + "|channel|feed|site|website|blog)\\.?$)");

    /** A call to watch or listen on a named service: "Watch the last 5km again on Eurosport and Sporza". */
    private static final Pattern WATCH_ON =
            Pattern.compile("^(?:Watch|Listen|Stream|Relive|Catch up)\\b[^\"“”.!?]{0,70}"
                    + "\\bon \\p{Lu}[\\p{L}+]*(?: (?:and|&) \\p{Lu}[\\p{L}+]*)?$");

    private Promotions() {}

    /** Whether the line is a promotion; {@code lower} is the line in lower case. */
    public static boolean isPromotion(String line, String lower) {
        return line.length() <= MAX_LENGTH
                && hasCue(lower)
                && (PROMOTION.matcher(lower).find() || WATCH_ON.matcher(line).find())
                && !CallsToAction.isReportedSpeech(lower);
    }

    private static boolean hasCue(String lower) {
        for (String cue : CUES) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
