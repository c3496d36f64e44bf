package newsflow.ingest.cleaning.furniture.lists;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.Block;
import newsflow.ingest.cleaning.furniture.CallsToAction;
import newsflow.ingest.cleaning.furniture.Words;

/**
 * What's-on listings, which name other artists, venues and cities: "Florence: Bill Viola at Palazzo Strozzi, until 26
 * October", "Milan: Ruth Asawa retrospective opens at Pirelli HangarBicocca". A listing is a line "Place: what, where
 * or until when": a place of one to three capitalised words (not a day or a month: "Saturday: Hull v Derby" is a
 * fixture), a colon, then at most sixteen words that end no sentence and hold a venue ("at Palazzo Strozzi"), a run
 * ("until 26 October", "from 3 May") or an opening ("opens", "reopens", "closes"). Listings are furniture in a run of
 * two or more, with the heading right before the run when it is one ("What's on this week", "Listings", "Exhibitions").
 * A single such line in the body ("Berlin: the gallery reopens after repairs") stays.
 */
public final class Listings {

    private static final int MAX_LENGTH = 160;
    private static final int MAX_WORDS = 16;
    private static final int MIN_RUN = 2;
    private static final int MAX_PLACE_LENGTH = 40;

    private static final Pattern LISTING = Pattern.compile("^(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2}): "
            + "(?!.*[.;!?]$)(?=.*(?:\\bat (?:the )?\\p{Lu}|\\buntil (?:\\d|\\p{Lu})|\\bfrom \\d|\\b(?:re)?opens\\b"
            + "|\\bcloses\\b|\\bruns (?:until|to|from)\\b)).+$");
    private static final Set<String> DAYS_AND_MONTHS = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today",
            "tonight",
            "tomorrow",
            "weekend",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");
    private static final Pattern HEADING = Pattern.compile("(?i)^(?:what(?:'s|’s| is) on(?: [\\p{L} ]{1,30})?"
            + "|listings|(?:exhibitions|events|shows|gigs) (?:this week|this month|to see|near you)|coming up"
            + "|(?:also|still) on (?:show|view))\\s*:?$");

    private Listings() {}

    /** Marks as furniture runs of two or more listings, and the listings heading right before a run. */
    public static void markRuns(List<Block> blocks, Block.Role[] roles) {
        int i = 0;
        while (i < blocks.size()) {
            int end = i;
            while (end < blocks.size()
                    && roles[end] == Block.Role.TEXT
                    && isListing(blocks.get(end).text())) {
                end++;
            }
            if (end - i >= MIN_RUN) {
                for (int j = i; j < end; j++) {
                    roles[j] = Block.Role.FURNITURE;
                }
                if (i > 0
                        && roles[i - 1] == Block.Role.TEXT
                        && HEADING.matcher(blocks.get(i - 1).text()).matches()) {
                    roles[i - 1] = Block.Role.FURNITURE;
                }
            }
            i = Math.max(i + 1, end);
        }
    }

    /** Whether ": " comes within the first few words, where a place's name ends; the rest is not read. */
    private static boolean hasPlace(String line) {
        int end = Math.min(line.length() - 1, MAX_PLACE_LENGTH + 1);
        for (int i = 1; i < end; i++) {
            if (line.charAt(i) == ':' && line.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    static boolean isListing(String line) {
        if (line.length() > MAX_LENGTH
                || line.isEmpty()
                || !Character.isUpperCase(line.codePointAt(0))
                || !hasPlace(line)) {
            return false;
        }
        var listing = LISTING.matcher(line);
        return listing.matches()
                && !DAYS_AND_MONTHS.contains(CallsToAction.lower(listing.group(1)))
                && Words.count(line.substring(listing.end(1) + 1), MAX_WORDS + 1) <= MAX_WORDS;
    }
}
