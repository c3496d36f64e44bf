package newsflow.ingest.cleaning.furniture.appeals;

import java.util.List;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.CallsToAction;

/**
 * Newsletter prompts, which often name their editor or city: "Sign up for the Berlin Briefing, sent every morning by
 * Anna Weber", "Get our Morning Edition newsletter", "The day's news from Kyiv, in your inbox", "… a short note after
 * every match from our man in Chaguanas. Leave your address and we will write." A line is a prompt
 * when it uses newsletter vocabulary and speaks to the reader ({@link CallsToAction}); "The newsletter, published by
 * the ministry, said …" and "The briefing in Berlin ended early" are article text.
 */
public final class NewsletterPrompts {

    private static final int MAX_LENGTH = 300;

    private static final List<String> CUES =
            List.of("newsletter", "briefing", "bulletin", "digest", "inbox", "sign", "subscri", "mail", "address");

    private static final Pattern VOCABULARY = Pattern.compile("\\b(?:newsletters?|briefing|bulletin|digest|inbox"
            + "|sign[ -]?up|(?:un)?subscribe|subscription|e-?mail (?:address|updates|alerts)|your e-?mail"
            + "|your (?:e-?mail |postal )?address)\\b");

    private NewsletterPrompts() {}

    /** Whether the line is a newsletter prompt; {@code lower} is the line in lower case. */
    public static boolean isPrompt(String line, String lower) {
        return line.length() <= MAX_LENGTH && hasCue(lower) && CallsToAction.callsOnReader(line, lower, VOCABULARY);
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
