package newsflow.ingest.cleaning.furniture.appeals;

import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.CallsToAction;

/**
 * Cookie and consent notices, which name the site's advertising partners: "We and our 187 partners, including Google,
 * store and access cookies on your device. Manage preferences", "The Brussels Ledger and our partners use cookies to
 * measure our audience", "We use cookies and similar technologies from partners such as Google and Meta". A line is a
 * notice when it speaks of cookies, consent or tracking as the site does ("we and our partners", "our partners", "we
 * use", "this site uses", "our use of", "you agree to") or with the banner's buttons ("Manage preferences", "Accept
 * all", "Reject all", "Learn more", "Privacy policy", "by continuing", "Cookies help us", "adjust them here"), or ends with the banner's row of buttons
 * whatever it says ("… may store information on your device. Accept · Reject · Options"), and reports no speech. Reporting about cookies
 * ("The regulator fined the company for setting cookies without consent, officials said"), an explainer ("Cookies on
 * your device can be deleted") and an opinion ("We accept cookies without thinking") do neither.
 */
public final class ConsentNotices {

    private static final int MAX_LENGTH = 600;

    private static final Pattern VOCABULARY =
            Pattern.compile("\\b(?:cookies?|consent|tracking technolog(?:y|ies)" + "|similar technolog(?:y|ies))\\b");
    private static final Pattern SITE_VOICE = Pattern.compile("\\b(?:we and our|our (?:\\d+ )?(?:advertising )?"
            + "partners|we use|this (?:web)?site uses|our use of|you (?:agree|consent) to"
            + "|manage (?:your )?(?:preferences|choices|settings|options|cookies|consent)|(?:accept|reject|refuse)"
            + " all|learn more|privacy (?:policy|notice|settings)|cookie (?:policy|settings|preferences)"
            + "|by (?:continuing|clicking|using this)|cookies? help us|(?:adjust|change|update|edit|review) (?:them"
            + "|your (?:settings|choices|cookies|preferences)) here)\\b");

    private static final String BUTTON = "(?:accept|reject|refuse|decline|agree|allow|deny|settings|options"
            + "|preferences|customi[sz]e|manage|set|ok|got it|close|more info|learn more)(?: all| settings| options"
            + "| preferences| cookies)?";
    /** A banner's buttons at the end of its line: "… on your device. Accept · Reject · Options". */
    private static final Pattern BUTTONS =
            Pattern.compile("(?:^|[.!?]\\s+)" + BUTTON + "(?:\\s*[·|•/]\\s*" + BUTTON + ")+\\s*$");

    private ConsentNotices() {}

    /** Whether the line is a cookie or consent notice; {@code lower} is the line in lower case. */
    public static boolean isNotice(String line, String lower) {
        return line.length() <= MAX_LENGTH
                && (hasCue(lower)
                                && VOCABULARY.matcher(lower).find()
                                && SITE_VOICE.matcher(lower).find()
                        || hasButtons(lower))
                && !CallsToAction.isReportedSpeech(lower);
    }

    private static boolean hasButtons(String lower) {
        return (lower.indexOf('·') >= 0 || lower.indexOf('|') >= 0 || lower.indexOf('•') >= 0)
                && BUTTONS.matcher(lower).find();
    }

    /**
     * Whether "cookie", "consent" or "technolog(y|ies)" occurs in the line: one look at each "c" of the line, cheaper
     * than a look for each word, and most lines of an article have none of them.
     */
    private static boolean hasCue(String lower) {
        for (int c = lower.indexOf('c'); c >= 0; c = lower.indexOf('c', c + 1)) {
            if (lower.startsWith("cookie", c)
                    || lower.startsWith("consent", c)
                    || c >= 2 && lower.startsWith("technolog", c - 2)) {
                return true;
            }
        }
        return false;
    }
}
