package newsflow.ingest.cleaning.furniture.appeals;

import java.util.List;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.Block;
import newsflow.ingest.cleaning.furniture.CallsToAction;

/**
 * Reader-funded, donation and membership appeals: "Support independent journalism", "Give once or monthly and back
 * our reporters from Lagos to Lima", "Our journalism is funded by readers like you", "Become a member",
 * "Contribute". A line is an appeal when it uses appeal vocabulary and speaks to the reader ({@link CallsToAction});
 * "Donations to the party rose" is article text. Appeals run longer than other promos (a paragraph of the
 * publication's pitch), so the length limit is higher.
 * <p>
 * An appeal box is a few lines: a heading, a pitch and buttons. A pitch paragraph that speaks in the first or second
 * person ("Since 1821 we have reported from …") without appeal vocabulary is taken with the box when an appeal line
 * comes right before it and another right after it.
 * <p>
 * The publication's description of itself is furniture too, whoever it addresses: "Pulse Africa is an editorially
 * independent project hosted by …", "Balkan Dispatch is an independent, reader-funded newsroom", and its funding pitch
 * in the third person ("… is funded by readers from Kinshasa to Kampala – give what you can"); unless the line
 * reports speech.
 */
public final class ReaderAppeals {

    private static final int MAX_LENGTH = 600;

    private static final List<String> CUES = List.of(
            "donat",
            "contribut",
            "member",
            "support",
            "funded by",
            "like you",
            "reader",
            "give ",
            "chip in",
            "paywall",
            "patron",
            " a month",
            " a year",
            " per month");

    private static final Pattern VOCABULARY = Pattern.compile("\\b(?:donat(?:e|es|ing|ion|ions)|contribut(?:e|ion"
            + "|ions)|membership|become an? (?:member|supporter|subscriber|patron|friend)|supporters?"
            + "|support (?:us|our \\p{L}+|(?:independent|quality|free|fearless|trusted|local|public[- ]interest"
            + "|reader[- ]funded) (?:journalism|news|reporting|media))|funded by (?:readers|you|our readers"
            + "|people like you)|(?:readers|people) like you|reader[- ](?:funded|supported|revenue|support)"
            + "|give (?:once|monthly|annually|yearly|today|now|what you can|from)|chip in|paywall"
            + "|(?:make|making) an? (?:one-off |single |monthly |annual |regular |small )?(?:contribution|donation"
            + "|gift))\\b");
    /**
     * A price by the month or year in a call on the reader: "Keep our reviewers paid with £3 a month.", "Back local
     * reporting from 3 dollars a month."
     */
    private static final Pattern PRICE_PER_PERIOD = Pattern.compile("(?<![\\p{L}\\d])(?:[£$€]\\d+(?:\\.\\d\\d)?|\\d+"
            + "(?:\\.\\d\\d)? (?:dollars?|euros?|pounds?|francs?|pesos?|rand|shillings?|cedis?|naira|rupees?|kwacha"
            + "|balboas?)) (?:a|per|each) (?:month|year|week)\\b");

    private static final int MAX_DESCRIPTION_LENGTH = 300;

    /**
     * "X is an independent, reader-funded newsroom": a name of a few words, then a description with a word of
     * independence or funding before the kind of publication, in the line's first sentence.
     */
    private static final Pattern SELF_DESCRIPTION = Pattern.compile("^\\p{Lu}[^.!?]{0,60}? is an? (?:[\\p{L}-]+,? )"
            + "{0,3}?(?:independent|reader[- ]funded|reader[- ]supported|member[- ]funded|member[- ]owned|non-?profit"
            + "|not-for-profit)[, ]+(?:[\\p{L}-]+,? ){0,3}?(?:newsroom|news ?(?:site|website|outlet|organi[sz]ation"
            + "|service|agency|publication|magazine|platform)|publication|magazine|journalism (?:project|outlet"
            + "|organi[sz]ation|non-?profit)|media (?:outlet|organi[sz]ation|company|project|platform)|project"
            + "|newspaper|website|outlet|broadcaster)\\b");
    /**
     * A funding pitch or disclosure in any person: "give what you can", "reader-funded", "funded by readers", "back
     * our reporting", "back local reporting", "paid for by readers", "a contribution of 50 bolivianos keeps a reporter …", "stays free thanks to readers", "is free and always will be", "buy us a coffee", "keeps the lights on", "help keep it that way", "a gift of
     * any size", "become a … member", "our coverage … receives support from …",
     * "… has no say over what we publish".
     */
    private static final Pattern FUNDING_PITCH = Pattern.compile("\\b(?:give what you can|reader[- ]funded"
            + "|reader[- ]supported|reader[- ]backed|reader[- ]powered|any amount\\b[^.]{0,60}\\bkeeps? (?:us|our)|funded by (?:our )?readers|readers pay for (?:it|our|this)"
            + "|(?:paid for|funded|supported) by (?:our )?readers|an? (?:contribution|gift|donation) of [^.]{1,30}? keeps? (?:a|an|our|us|the)\\b"
            + "|(?:help|let) us (?:report|keep|continue|stay|do|cover)|back (?:our|local|independent) (?:reporting|journalism|work|newsroom)"
            + "|is free and always will be|buy (?:us|me) a (?:coffee|cup of coffee)|keeps? the lights on|help keep (?:it|us|this) (?:that way|free)|gifts? of any (?:size|amount)"
            + "|(?:stays?|remains?|is) free (?:thanks to|because of) (?:our )?readers"
            + "|become an? (?:\\p{L}+ ){0,4}(?:member|subscriber|supporter|patron)\\b"
            + "|(?:coverage|reporting|journalism|series|desk)\\b[^.]{0,60}\\b(?:receives?|gets?) (?:support|funding)"
            + " from\\b|\\b(?:has|have) no (?:say|influence|editorial (?:say|control|input)) (?:over|on|in)"
            + " (?:what|our)\\b)\\b");

    /**
     * A masthead's tagline: the name, a dash, dot or bar, and what it reports on whom, with no full stop: "The Forest
     * City Free Press · Independent news for London and Middlesex", "INDUS HEALTH OBSERVER — public health reporting
     * from Pakistan and its neighbours".
     */
    private static final Pattern TAGLINE = Pattern.compile("^[^.!?·|—–]{3,50} [—–·|] (?:[\\p{L}-]+ ){0,4}(?:news"
            + "|reporting|journalism|coverage|stories|analysis)(?: and [\\p{L}-]+)? (?:for|from|about|on|in|across"
            + "|out of) [^.!?·|]{2,60}$");

    private static final int MAX_TAGLINE_LENGTH = 120;

    private static final List<String> DESCRIPTION_CUES = List.of(
            " is a",
            "give what",
            "reader",
            "any amount",
            "help us",
            "help keep",
            "always will be",
            "of any size",
            "let us",
            "back ",
            "paid for",
            "contribution",
            "become a",
            "support",
            "funding",
            "no say",
            "influence",
            "editorial",
            "a coffee",
            "the lights on");

    /**
     * First or second person, loosely: the voice of a pitch. Case-sensitive "us", so that "US" is not it; not the
     * "you" of "thank-you".
     */
    private static final Pattern FIRST_OR_SECOND_PERSON =
            Pattern.compile("(?<![\\p{L}-])(?:[Ww]e|WE|[Oo]ur|OUR|us|[Yy]ou|YOU|[Yy]our|YOUR)\\b");

    private ReaderAppeals() {}

    /** Whether the line is an appeal, reporting no speech ("Every chip in your phone …,” said …" is a quote); {@code lower} is the line in lower case. */
    public static boolean isAppeal(String line, String lower) {
        return line.length() <= MAX_LENGTH
                && hasCue(lower)
                && !CallsToAction.isReportedSpeech(lower)
                && (CallsToAction.callsOnReader(line, lower, VOCABULARY)
                        || CallsToAction.callsOnReader(line, lower, PRICE_PER_PERIOD));
    }

    /**
     * Whether the line is the publication's description of itself or its funding pitch, whoever it addresses;
     * {@code lower} is the line in lower case.
     */
    public static boolean describesPublication(String line, String lower) {
        if (line.length() <= MAX_TAGLINE_LENGTH && isTagline(line)) {
            return true;
        }
        if (line.length() > MAX_DESCRIPTION_LENGTH
                || !hasDescriptionCue(lower)
                || CallsToAction.isReportedSpeech(lower)) {
            return false;
        }
        return FUNDING_PITCH.matcher(lower).find()
                || Character.isUpperCase(line.codePointAt(0))
                        && SELF_DESCRIPTION.matcher(line).lookingAt();
    }

    private static boolean isTagline(String line) {
        return Character.isUpperCase(line.codePointAt(0))
                && (line.contains(" · ") || line.contains(" | ") || line.contains(" — ") || line.contains(" – "))
                && TAGLINE.matcher(line).matches();
    }

    private static boolean hasDescriptionCue(String lower) {
        for (String cue : DESCRIPTION_CUES) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** Marks as furniture the pitch paragraphs of appeal boxes whose other lines are already furniture. */
    public static void markBoxes(List<Block> blocks, Block.Role[] roles) {
        for (int i = 1; i < blocks.size(); i++) {
            if (roles[i] != Block.Role.TEXT || !isAppealFurniture(blocks, roles, i - 1)) {
                continue;
            }
            int end = i;
            while (end < blocks.size()
                    && roles[end] == Block.Role.TEXT
                    && isPitch(blocks.get(end).text())) {
                end++;
            }
            if (end > i && end < blocks.size() && isAppealFurniture(blocks, roles, end)) {
                for (int j = i; j < end; j++) {
                    roles[j] = Block.Role.FURNITURE;
                }
            }
            i = Math.max(i, end);
        }
    }

    private static boolean isAppealFurniture(List<Block> blocks, Block.Role[] roles, int index) {
        String text = blocks.get(index).text();
        return roles[index] == Block.Role.FURNITURE && isAppeal(text, CallsToAction.lower(text));
    }

    private static boolean isPitch(String line) {
        return line.length() <= MAX_LENGTH
                && FIRST_OR_SECOND_PERSON.matcher(line).find()
                && !CallsToAction.isReportedSpeech(CallsToAction.lower(line));
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
