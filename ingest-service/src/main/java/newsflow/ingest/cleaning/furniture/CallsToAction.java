package newsflow.ingest.cleaning.furniture;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a line that uses promo vocabulary ("subscribe", "newsletter", "donate") speaks to the reader, as a promo
 * does, or reports, as article text does. Promos are a few words that are mostly promo words ("Become a member"), or
 * sentences that begin with an imperative ("Sign up", "Give once", "Support") or address the reader ("your inbox",
 * "readers like you", "our journalism", "support us"), or lines that open with a question to the reader ("Like what
 * you read?"); article text reports in the third person and quotes people
 * ("said", "told"). "Readers who subscribe to the theory …" and "The newsletter, published by the ministry, said …"
 * stay article text.
 */
public final class CallsToAction {

    /** Lines of at most this many words are headings or buttons: "Newsletter", "Become a member", "Contribute". */
    private static final int SHORT_WORDS = 3;

    /** First words of calls to action, in lower case. */
    private static final Set<String> IMPERATIVES = Set.of(
            "subscribe",
            "unsubscribe",
            "sign",
            "join",
            "become",
            "support",
            "give",
            "donate",
            "contribute",
            "get",
            "follow",
            "share",
            "read",
            "click",
            "tap",
            "download",
            "register",
            "try",
            "continue",
            "see",
            "enter",
            "receive",
            "don't",
            "don’t",
            "never",
            "stay",
            "skip",
            "keep",
            "chip");

    /**
     * The reader addressed as promos address them: "your", "readers like you"; the publication speaking of its own
     * work ("our journalism", "our reporters") or its letters ("our trade briefing", "our Thursday email"); "support us", "join us". Not a bare "you", which articles use too ("If
     * you subscribe to the service, you pay twice"), nor a bare "we" or "our": opinion columns say "we must".
     * Case-sensitive "us", so that "US" (the country) is not the reader; not the "your" of a hyphenated word.
     */
    private static final Pattern READER = Pattern.compile("(?<![\\p{L}-])(?:[Yy]our|YOUR|[Yy]ours)\\b"
            + "|\\b(?:[Oo]ur|OUR) (?:journalism|reporting|reporters|journalists|correspondents|newsroom|work|readers"
            + "|newsletters?|mission|independence|editors?|team|site|app|podcasts?|coverage|members|supporters"
            + "|future)\\b"
            + "|\\b(?:[Oo]ur|OUR) (?:[\\p{L}-]+ )?(?:briefing|bulletin|digest|e-?mail|letter)s?\\b"
            + "|\\b(?:[Ss]upport|[Ff]und|[Bb]ack|[Jj]oin|[Hh]elp|[Ff]ollow|[Cc]ontact) us\\b"
            + "|\\b(?:[Rr]eaders|[Pp]eople) like you\\b");

    /**
     * A question to the reader that opens the line, as promos open: "Like what you read?", "Enjoying this story?",
     * "Found this useful?"; not one inside quotation marks.
     */
    private static final Pattern OPENING_QUESTION = Pattern.compile("^(?:(?:Like|Liked|Love|Loved|Enjoy|Enjoyed"
            + "|Enjoying|Found|Want|Fancy)\\b[^.!?“”\"]{0,50}|[^.!?“”\"]{0,40}\\byou\\b[^.!?“”\"]{0,30})\\?");

    /**
     * Reported speech, which promos do not use. Not "reported" or "wrote": a publication's pitch says "we have
     * reported from …".
     */
    private static final Pattern SAID = Pattern.compile("\\b(?:said|says|told|tells|according to)\\b");

    private static final Pattern REPORTED = Pattern.compile("\\b(?:said|says|told|tells|according to|added"
            + "|announced|argued|claimed|insisted|warned|explained)\\b");

    private CallsToAction() {}

    /**
     * Whether the line uses the vocabulary as a promo does: in a sentence that is not reported speech and that begins
     * with an imperative or addresses the reader, or as most of a line of a few words. The sentence matters: in
     * "Follow-up inspections found faults. Readers who subscribe to the theory …" neither sentence calls on the reader.
     *
     * @param line       the line as written
     * @param lower      the line in lower case, from {@link #lower(String)}
     * @param vocabulary a pattern of lower-case promo words
     */
    public static boolean callsOnReader(String line, String lower, Pattern vocabulary) {
        if (!mayCallOnReader(line, lower)) {
            return false;
        }
        Matcher match = vocabulary.matcher(lower);
        while (match.find()) {
            int start = sentenceStart(lower, match.start());
            int end = sentenceEnd(lower, match.end());
            if (!REPORTED.matcher(lower).region(start, end).find()
                    && (isShortCall(line, match)
                            || startsWithImperative(lower, start)
                            || READER.matcher(line).region(start, end).find()
                            || OPENING_QUESTION.matcher(line).lookingAt())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cheap look for what {@link #callsOnReader} needs: a short line, a reader addressed, or a sentence beginning
     * with an imperative. Most lines of an article have none, and no vocabulary need be looked for in them.
     */
    static boolean mayCallOnReader(String line, String lower) {
        return isShort(line) || mayAddressReader(lower) || hasImperativeSentence(lower) || lower.indexOf('?') > 0;
    }

    /** Whether the line reports what someone said ("said", "told", "according to"); {@code lower} in lower case. */
    public static boolean isReportedSpeech(String lower) {
        return REPORTED.matcher(lower).find();
    }

    /**
     * Whether the line says who said or told something ("said", "says", "told", "according to"): the
     * narrower test of {@link #isReportedSpeech}, for rules whose lines may well "explain" or "announce" ("Nubank’s
     * bid for a US banking licence, explained" is a headline).
     */
    public static boolean quotesSomeone(String line) {
        return SAID.matcher(line).find();
    }

    static boolean isShort(String line) {
        return Words.count(line, SHORT_WORDS + 1) <= SHORT_WORDS;
    }

    /**
     * A line of a few words that is mostly the promo words: "Newsletter", "Become a member", "Donate now"; not the
     * sub-headings "Membership falls again" or "Donations to Labour".
     */
    private static boolean isShortCall(String line, Matcher match) {
        return isShort(line) && (match.end() - match.start()) * 5 >= line.length() * 3;
    }

    private static boolean mayAddressReader(String lower) {
        return lower.contains("your") || lower.contains("our ") || lower.contains(" us") || lower.contains("like you");
    }

    private static boolean hasImperativeSentence(String lower) {
        if (startsWithImperative(lower, 0)) {
            return true;
        }
        for (int end = nextSentenceEnd(lower, 0); end >= 0; end = nextSentenceEnd(lower, end + 1)) {
            if (startsWithImperative(lower, end + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the first word from {@code from} on (after bullets, dashes and quotes) is an imperative such as "Sign"
     * or "Give", as a word of its own: not the "follow" of "Follow-up".
     */
    private static boolean startsWithImperative(String lower, int from) {
        int start = from;
        while (start < lower.length() && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < lower.length()
                && (Character.isLetter(lower.charAt(end)) || lower.charAt(end) == '\'' || lower.charAt(end) == '’')) {
            end++;
        }
        boolean wholeWord = end == lower.length() || lower.charAt(end) != '-';
        return end > start && wholeWord && IMPERATIVES.contains(lower.substring(start, end));
    }

    private static int sentenceStart(String lower, int position) {
        int start = 0;
        for (int end = nextSentenceEnd(lower, 0); end >= 0 && end < position; end = nextSentenceEnd(lower, end + 1)) {
            start = end + 1;
        }
        return start;
    }

    private static int sentenceEnd(String lower, int position) {
        int end = nextSentenceEnd(lower, position);
        return end < 0 ? lower.length() : end + 1;
    }

    /** The index of the next full stop, question or exclamation mark and a space, from {@code from} on; or -1. */
    private static int nextSentenceEnd(String lower, int from) {
        for (int space = lower.indexOf(' ', from + 1); space > 0; space = lower.indexOf(' ', space + 1)) {
            char before = lower.charAt(space - 1);
            if (before == '.' || before == '?' || before == '!') {
                return space - 1;
            }
        }
        return -1;
    }

    /**
     * The line in lower case, as long as the line, so that an index into one is an index into the other: the few
     * characters whose lower case is longer ("İ") are lowered one by one.
     */
    public static String lower(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.length() == line.length()) {
            return lower;
        }
        char[] chars = line.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
