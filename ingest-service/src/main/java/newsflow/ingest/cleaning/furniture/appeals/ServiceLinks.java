package newsflow.ingest.cleaning.furniture.appeals;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.CallsToAction;

/**
 * Links to the site's services and other pages, a label and a colon before them: "Deaths: read today’s notices from
 * Galway, Mayo and Roscommon", "Live: follow our coverage of the South Caucasus as it happens", "Photo gallery: 24
 * images from Atlanta as Georgia clinch the SEC crown", "Listen: The Pulse with Hana Novak – this week, …", "Sponsored:
 * …". A line is one when a label of one to three words is followed by a call to the reader (an imperative such as
 * "read", "follow", "watch"), or the label is itself one ("Listen", "Watch"), or a gallery label is followed by a count
 * of pictures, or the label marks an advertisement; and the link ends no sentence and reports no speech. "Warning: see
 * a doctor if the fever lasts." ends with a full stop and stays; "Analysis: why the vote matters" calls on no one.
 * <p>
 * A teaser's label makes a line furniture whatever follows it, a headline that reports speech or a bio that ends with
 * a full stop: "ALSO READ: Niger’s junta and Benin agree to reopen border", "WATCH: How ring vaccination works,
 * explained by …", "Latest from our network: …", "Hot in tech: …", "About the author: …", "Weather: Perth 7°C …",
 * "Premium: Unlock the full price database – 30 days free", "Live now: …", "Podcast this week: …", "Disclosure: …";
 * and so does a prices widget's line ("Olive oil, Brent, Tunisian dinar: prices updated at 10:15 GMT"). So does an
 * advertisement's label before a dash or bar ("Advertisement – Register now for Mines and Money Americas"). One
 * exception: a round-up of the day's other results written as a sentence after "Elsewhere on Sunday:" or "Also on
 * Saturday:" is the report's own paragraph.
 */
public final class ServiceLinks {

    private static final int MAX_LENGTH = 240;
    private static final int MAX_LABEL_LENGTH = 30;

    private static final Pattern LINK = Pattern.compile("^([\\p{L}'’&]+(?: [\\p{L}'’&]+){0,2}):\\s+([\\p{L}\\d]+)");
    /** Imperatives a link begins with, in lower case. */
    private static final Set<String> IMPERATIVES = Set.of(
            "read",
            "follow",
            "watch",
            "listen",
            "see",
            "view",
            "browse",
            "find",
            "search",
            "play",
            "explore",
            "discover",
            "catch",
            "get",
            "check",
            "join",
            "vote",
            "send",
            "tell",
            "take",
            "try",
            "visit",
            "download",
            "book",
            "order",
            "shop",
            "buy",
            "enter",
            "submit",
            "register",
            "sign",
            "subscribe",
            "click",
            "tap",
            "scroll",
            "swipe",
            "share",
            "test",
            "solve");
    /** Labels that are calls to the reader themselves. */
    private static final Set<String> CALLING_LABELS = Set.of(
            "listen",
            "watch",
            "read",
            "see",
            "play",
            "explore",
            "listen now",
            "watch now",
            "watch live",
            "read more",
            "see more",
            "play now");

    private static final Set<String> GALLERY_LABELS = Set.of(
            "gallery",
            "photo gallery",
            "photos",
            "pictures",
            "in pictures",
            "picture gallery",
            "image gallery",
            "slideshow",
            "video",
            "videos");
    private static final Pattern PICTURE_COUNT =
            Pattern.compile("\\d+ (?:images|photos|pictures|photographs|slides" + "|videos)");
    /**
     * Labels of teasers, widgets and promotions, in lower case: another article's headline, a video, a playlist, the
     * author, the weather ("Weather now, Castries: 27°C") or an offer follows them; a live blog's label may name its
     * game ("Game 4 live blog archive: …"). "More from Europe", "Latest from our network" and "Hot in tech"
     * are teaser words before "in", "from", "on" or "at" and a few words.
     */
    private static final Pattern TEASER_LABEL = Pattern.compile("^(?:also read|read also|must read|read next"
            + "|related(?: (?:story|stories|article|articles|coverage|content))?|more on this(?: story)?|see also"
            + "|watch(?: now| live| again)?|listen(?: now| again)?|video|videos|podcast|playlist|recommended"
            + "|(?:don't|don’t) miss|most read|trending(?: now)?|top stories|about the author|about the writer"
            + "|about us|premium|members only|exclusive offer|weather(?: now| today)?(?:, [\\p{L}'’ .-]{1,25})?"
            + "|newsletter|newsletters|tickets"
            + "|offer|offers|deals?|shop|promotion|quiz|puzzles?|games?|crossword|live|live updates|live now|on now"
            + "|(?:podcast|video|listen|watch)(?: this week| of the week| today)"
            + "|disclosure|full disclosure|declaration of interests?|just in|breaking(?: news)?"
            + "|(?:[\\p{L}\\d-]+ ){0,3}live blog(?: archive)?"
            + "|(?:[\\p{L}-]+ )?tracker"
            + "|(?:latest|more|hot|new|trending|popular|top|best|also|elsewhere) (?:in|from|on|at) [\\p{L}'’ ]{1,25})"
            + "\\s*:\\s+\\S");
    /** A weather widget labelled with its town: "Truro now: 3°C, light rain · …". */
    private static final Pattern WEATHER_NOW = Pattern.compile("^[\\p{L}'’ .-]{2,25} now:\\s+[−-]?\\d{1,2}\\s?°");

    /**
     * A round-up of the day's other results after a teaser's label, written as a sentence and not as a widget's row of
     * items (no bars): "Elsewhere on Sunday: Raków Częstochowa 1 Piast Gliwice 1; Korona Kielce 2 Widzew Łódź 0.",
     * "Also on Saturday: Suva 24 Tailevu 10 (third place)." It is the report's own last paragraph.
     */
    private static final Pattern ROUND_UP = Pattern.compile("^(?i:also|elsewhere) (?i:on|in|at) [^:·•|]{1,25}:\\s+"
            + "[^·•|]*?\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3} \\d{1,3},? "
            + "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3} \\d{1,3}(?!\\d)[^·•|]*$");
    /** A live blog's label before a bar or a dot: "LIVE · Women's 7.5km sprint from Pokljuka — bib 1 starts 14:30". */
    private static final Pattern LIVE_ROW = Pattern.compile("^live(?: now)?\\s*[·•|]\\s+\\S");
    /**
     * An offer to hear the story read aloud: "Members can hear this story read aloud in Amharic or English — tap the
     * headphones", "Listen to this article".
     */
    private static final Pattern READ_ALOUD = Pattern.compile("\\b(?:hear|listen to) this (?:story|article|report"
            + "|piece) read (?:aloud|out)\\b|^listen to this (?:story|article|report|piece)\\b");

    /** A prices widget: "Olive oil, Brent, Tunisian dinar: prices updated at 10:15 GMT". */
    private static final Pattern PRICES_UPDATED =
            Pattern.compile("^[^:]{3,60}: (?:prices|rates|quotes) (?:updated|as of|at)\\b[^.]{0,24}\\d{1,2}[:.]\\d\\d");
    /** An advertisement's label before a dash, bar or dot: "Advertisement – Register now …", "Sponsored · …". */
    private static final Pattern ADVERTISEMENT = Pattern.compile("^(?:advertisement|advertising|sponsored|promoted"
            + "|ad|paid content|paid post|partner content)\\s*[–—|·•-]\\s+\\S");

    private static final Set<String> ADVERTISING_LABELS = Set.of(
            "sponsored",
            "promoted",
            "advertisement",
            "advertising",
            "ad",
            "paid content",
            "paid post",
            "partner content",
            "in partnership with");

    private ServiceLinks() {}

    /** Whether the line is a link to a service or page of the site; {@code lower} is the line in lower case. */
    public static boolean isServiceLink(String line, String lower) {
        if (line.length() > MAX_LENGTH || line.isEmpty() || !Character.isUpperCase(line.codePointAt(0))) {
            return false;
        }
        if (ADVERTISEMENT.matcher(lower).lookingAt()
                || WEATHER_NOW.matcher(lower).lookingAt()
                || PRICES_UPDATED.matcher(lower).lookingAt()
                || LIVE_ROW.matcher(lower).lookingAt()
                || READ_ALOUD.matcher(lower).find()) {
            return true;
        }
        if (!hasLabel(line)) {
            return false;
        }
        if (TEASER_LABEL.matcher(lower).lookingAt()) {
            return !ROUND_UP.matcher(line).matches();
        }
        Matcher link = LINK.matcher(lower);
        if (!link.lookingAt()) {
            return false;
        }
        String label = link.group(1);
        if (label.length() < 2) {
            return false;
        }
        if (ADVERTISING_LABELS.contains(label)) {
            return true;
        }
        boolean calls = IMPERATIVES.contains(link.group(2))
                || CALLING_LABELS.contains(label)
                || GALLERY_LABELS.contains(label)
                        && PICTURE_COUNT
                                .matcher(lower)
                                .region(link.start(2), lower.length())
                                .lookingAt();
        return calls && !endsSentence(line) && !CallsToAction.isReportedSpeech(lower);
    }

    /** Whether a colon comes within the first few words, where a label's ends; the rest of the line is not read. */
    private static boolean hasLabel(String line) {
        int end = Math.min(line.length(), MAX_LABEL_LENGTH + 1);
        for (int i = 1; i < end; i++) {
            if (line.charAt(i) == ':') {
                return true;
            }
        }
        return false;
    }

    /** Whether the line ends with a full stop (not an ellipsis), before any closing quotes or brackets. */
    public static boolean endsSentence(String line) {
        int end = line.length() - 1;
        while (end > 0 && "\"”’')]»".indexOf(line.charAt(end)) >= 0) {
            end--;
        }
        return line.charAt(end) == '.' && !line.endsWith("...");
    }
}
