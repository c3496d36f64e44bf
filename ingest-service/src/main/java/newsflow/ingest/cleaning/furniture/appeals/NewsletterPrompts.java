package newsflow.ingest.cleaning.furniture.appeals;

import java.util.List;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.CallsToAction;

/**
 * Newsletter prompts, which often name their editor or city: "Sign up for the Berlin Briefing, sent every morning by
 * Anna Weber", "Get our Morning Edition newsletter", "The day's news from Kyiv, in your inbox", "… a short note after
 * every match from our man in Chaguanas. Leave your address and we will write.", "The Seven-Metre Line is our Thursday
 * email from the courts of Skopje, Bitola and Strumica. Join free." A line is a prompt
 * when it uses newsletter vocabulary and speaks to the reader ({@link CallsToAction}), or when it tells subscribers
 * when the newsletter is emailed ("… is emailed at 7am on trading days. Free for subscribers in Colombo"); "The
 * newsletter, published by the ministry, said …" and "The briefing in Berlin ended early" are article text.
 */
public final class NewsletterPrompts {

    private static final int MAX_LENGTH = 300;

    private static final List<String> CUES =
            List.of("newsletter", "briefing", "bulletin", "digest", "inbox", "sign", "subscri", "mail", "address");

    private static final Pattern VOCABULARY = Pattern.compile("\\b(?:newsletters?|briefing|bulletin|digest|inbox"
            + "|sign[ -]?up|(?:un)?subscribe|subscription|e-?mail (?:address|updates|alerts)|your e-?mail|by e-?mail"
            + "|your (?:e-?mail |postal )?address|(?:is|are) our (?:[\\p{L}-]+ ){0,2}e-?mails?)\\b");

    private NewsletterPrompts() {}

    /**
     * A newsletter's delivery to its subscribers: "The Lanka Markets Brief is emailed at 7am on trading days. Free for
     * subscribers in Colombo and abroad."
     */
    private static final Pattern DELIVERY =
            Pattern.compile("\\b(?:is|are) (?:e-?mailed|sent out|delivered) (?:at \\d|every|each|on weekdays|daily)");

    /** Whether the line is a newsletter prompt; {@code lower} is the line in lower case. */
    public static boolean isPrompt(String line, String lower) {
        return line.length() <= MAX_LENGTH
                && hasCue(lower)
                && (CallsToAction.callsOnReader(line, lower, VOCABULARY) || describesDelivery(line, lower));
    }

    /**
     * Whether the line tells subscribers when the newsletter is emailed, which calls on no one and so is looked for
     * in every line: "… is emailed at 7am on trading days. Free for subscribers in Colombo and abroad."
     */
    public static boolean describesDelivery(String line, String lower) {
        return line.length() <= MAX_LENGTH
                && lower.contains("subscriber")
                && DELIVERY.matcher(lower).find()
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
