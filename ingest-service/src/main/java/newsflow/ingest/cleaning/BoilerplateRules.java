package newsflow.ingest.cleaning;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What promo lines and captions look like on news pages. */
final class BoilerplateRules {

    /** Longest block that can be a promo line; longer ones are article text whatever words they use. */
    private static final int MAX_PROMO_LENGTH = 300;

    private static final Pattern PROMO = Pattern.compile("(?i)\\b("
            + "subscribe|subscription|newsletter|sign[ -]up|membership|become an? (member|subscriber|supporter)"
            + "|your gateway|join (us|our|today|now|the club)|click here|read more|continue reading|read also|see also"
            + "|share (this|on|via)|follow us|download (our|the) app|support (our|independent) journalism"
            + "|all rights reserved|cookies? (policy|settings|consent)|we use cookies|accept (all )?cookies"
            + "|advertisement|sponsored content)\\b");

    private static final Pattern RELATED_HEADING = Pattern.compile(
            "(?i)^(related|related (articles|stories|news|content)|more (news|stories)|most read|trending|you may also like"
                    + "|recommended( for you)?|advertisement|share|share this article)[:.]?$");

    /**
     * Lower-case words one of which every promo line and related heading contains. Looking for them first is much
     * cheaper than trying every alternative of the patterns at every position of every line.
     */
    private static final List<String> PROMO_WORDS = List.of("subscri", "newsletter", "sign", "membership", "become a",
            "gateway", "join ", "click here", "read ", "continue reading", "see also", "share", "follow us", "download",
            "support", "rights reserved", "cookie", "advertisement", "sponsored", "related", "more ", "most read",
            "trending", "you may", "recommended");

    private static final Pattern CAPTION = Pattern.compile(
            "(?i)(\\((photo|photos|image|picture|foto|illustration|credit|video)s?\\s*:)"
                    + "|^(photo|image|picture|caption|illustration)\\s*:");

    private BoilerplateRules() {
    }

    static boolean isPromo(String block) {
        return block.length() <= MAX_PROMO_LENGTH && containsPromoWord(block) && matchesPromoPattern(block);
    }

    static boolean matchesPromoPattern(String block) {
        return PROMO.matcher(block).find() || RELATED_HEADING.matcher(block).matches();
    }

    /** Every caption credit has a colon: "(photo: …)", "Photo: …". */
    static boolean isCaption(String block) {
        return block.indexOf(':') >= 0 && CAPTION.matcher(block).find();
    }

    static boolean containsPromoWord(String block) {
        String lower = block.toLowerCase(Locale.ROOT);
        for (String word : PROMO_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
