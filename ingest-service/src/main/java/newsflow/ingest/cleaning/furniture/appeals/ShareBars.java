package newsflow.ingest.cleaning.furniture.appeals;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.Block;
import newsflow.ingest.cleaning.furniture.Words;

/**
 * Share and follow bars, which name platforms: "Share on X · Threads · Telegram", "Share this article: Facebook
 * Twitter WhatsApp Email Copy link", "Follow us on Instagram", "Follow Anna Weber on X". A line is a share bar when
 * every word of it is share vocabulary (platforms, "share", "follow", "copy link", "this article", "via") and it has
 * a share verb with a platform or with what it shares ("Copy link", "Share this"), or names two or more platforms with
 * no "and" or "or" between them (a row of buttons; "Facebook and Instagram" is a sub-heading, "The Tweet" too); or
 * when it is "Follow … on" platforms, in at most twelve words. Scraped pages often put each button on a line of its
 * own: a run of two or more such short lines is a share bar when together they name two platforms, or a platform and
 * a share verb. "The minister said she would share the report" and "Shares in Siemens fell" are
 * article text: they use other words.
 */
public final class ShareBars {

    private static final int MAX_LENGTH = 160;
    /** Longest line that can be one button of a share bar split over lines. */
    private static final int MAX_BUTTON_LENGTH = 40;

    private static final int MAX_FOLLOW_WORDS = 12;

    private static final Set<String> PLATFORMS = Set.of(
            "facebook",
            "twitter",
            "x",
            "threads",
            "telegram",
            "whatsapp",
            "linkedin",
            "reddit",
            "pinterest",
            "bluesky",
            "mastodon",
            "instagram",
            "tiktok",
            "youtube",
            "messenger",
            "flipboard",
            "pocket",
            "tumblr",
            "snapchat",
            "weibo",
            "wechat",
            "vk",
            "viber",
            "signal",
            "xing",
            "email",
            "sms",
            "tweet");
    private static final Set<String> VERBS = Set.of("share", "sharing", "send", "follow", "copy", "pin");
    /** What a share verb shares: "Copy link", "Share this article". */
    private static final Set<String> OBJECTS = Set.of("link", "url", "article", "story", "page", "post", "this");

    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
    private static final Set<String> FILLERS = Set.of(
            "this", "the", "article", "story", "page", "post", "link", "url", "on", "via", "to", "us", "with", "by",
            "opens", "in", "new", "window", "tab", "copied", "print", "save", "gift", "more", "options", "mail", "e",
            "google", "news", "and", "or");

    /**
     * A share prompt in prose: "Give this stage to a fellow fan over Telegram, WhatsApp or a text", "Send this story to
     * a friend on WhatsApp", "Pass the plume along on Bluesky or Mastodon"; in lower case. What it is passed on by must name a platform.
     */
    private static final Pattern PASS_ON = Pattern.compile(
            "^(?:give|send|pass|forward|share|gift) (?:this|these|the|it) [^.;!?]{0,60}? (?:over|on|via|by|through) ([^.;!?]{1,60})[.!]?$");

    private static final int MAX_PASS_ON_WORDS = 20;

    /** A verb, "this" or "it", a few more words, a colon and what follows it. */
    private static final Pattern COLON_PROMPT =
            Pattern.compile("^\\p{L}+ (?:this|it)\\b[^:.!?]{0,50}: ([^:]{1,100}?)[.!]?$");

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:[,·|/•]|\\bor\\b|\\band\\b)\\s*");

    private ShareBars() {}

    /** Whether the line is a share or follow bar; {@code lower} is the line in lower case. */
    public static boolean isShareBar(String line, String lower) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        Tally tally = Tally.of(line);
        return tally.onlyShareWords() && tally.isBar()
                || isFollowPrompt(line, lower)
                || isPassOnPrompt(line, lower)
                || isColonPrompt(lower);
    }

    /**
     * A prompt to pass the page on, a colon, and only platforms, two or more: "Beam this to a colleague: Telegram,
     * LinkedIn, Threads or WhatsApp". The prompt is a verb and "this" or "it", as a sentence about apps is not ("The
     * apps she uses: WhatsApp and Signal").
     */
    private static boolean isColonPrompt(String lower) {
        if (lower.indexOf(": ") < 0) {
            return false; // most lines: the pattern is not tried
        }
        Matcher prompt = COLON_PROMPT.matcher(lower);
        if (!prompt.matches()) {
            return false;
        }
        int platforms = 0;
        for (String item : LIST_SEPARATOR.split(prompt.group(1).strip())) {
            if (item.isBlank()) {
                continue; // "Telegram, or WhatsApp"
            }
            if (!PLATFORMS.contains(item.strip())) {
                return false;
            }
            platforms++;
        }
        return platforms >= 2;
    }

    /** Marks as furniture runs of short lines that together form a share bar, one button a line. */
    public static void markRuns(List<Block> blocks, Block.Role[] roles) {
        int i = 0;
        while (i < blocks.size()) {
            int end = i;
            Tally run = Tally.EMPTY;
            Tally button;
            while (end < blocks.size()
                    && roles[end] != Block.Role.CAPTION
                    && (button = button(blocks.get(end).text())) != null) {
                run = run.plus(button);
                end++;
            }
            if (end - i >= 2 && run.isBar()) {
                for (int j = i; j < end; j++) {
                    roles[j] = Block.Role.FURNITURE;
                }
            }
            i = Math.max(i + 1, end);
        }
    }

    /** The tally of a line that can be one button of a share bar: short, only share words; else null. */
    private static Tally button(String line) {
        if (line.length() > MAX_BUTTON_LENGTH) {
            return null;
        }
        Tally tally = Tally.of(line);
        return tally.onlyShareWords() ? tally : null;
    }

    private static boolean isPassOnPrompt(String line, String lower) {
        if (Words.count(line, MAX_PASS_ON_WORDS + 1) > MAX_PASS_ON_WORDS) {
            return false;
        }
        Matcher prompt = PASS_ON.matcher(lower);
        if (!prompt.matches()) {
            return false;
        }
        for (String word : prompt.group(1).split("[^\\p{L}]+")) {
            if (PLATFORMS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "Follow us on Instagram", "Follow The Demo Times on X and Threads". */
    private static boolean isFollowPrompt(String line, String lower) {
        if (!lower.startsWith("follow ") || Words.count(line, MAX_FOLLOW_WORDS + 1) > MAX_FOLLOW_WORDS) {
            return false;
        }
        int on = lower.lastIndexOf(" on ");
        if (on < 0) {
            return false;
        }
        Tally platforms = Tally.of(lower.substring(on + 4));
        return platforms.onlyShareWords() && platforms.platforms() > 0;
    }

    /** What the words of a line are: how many platforms, whether a share verb or "and"/"or", any other word. */
    private record Tally(
            int words, int platforms, boolean verb, boolean object, boolean conjunction, boolean otherWord) {

        static final Tally EMPTY = new Tally(0, 0, false, false, false, false);

        /** The tally of a line's words, in any case; it stops at the first word that is not share vocabulary. */
        static Tally of(String line) {
            int words = 0;
            int platforms = 0;
            boolean verb = false;
            boolean object = false;
            boolean conjunction = false;
            int i = 0;
            while (i < line.length()) {
                while (i < line.length() && !Character.isLetter(line.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < line.length() && Character.isLetter(line.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    break;
                }
                String word = line.substring(start, i).toLowerCase(Locale.ROOT);
                words++;
                if (PLATFORMS.contains(word)) {
                    platforms++;
                } else if (VERBS.contains(word)) {
                    verb = true;
                } else if (!FILLERS.contains(word)) {
                    return new Tally(words, platforms, verb, object, conjunction, true);
                }
                object |= OBJECTS.contains(word);
                conjunction |= CONJUNCTIONS.contains(word);
            }
            return new Tally(words, platforms, verb, object, conjunction, false);
        }

        Tally plus(Tally other) {
            return new Tally(
                    words + other.words,
                    platforms + other.platforms,
                    verb || other.verb,
                    object || other.object,
                    conjunction || other.conjunction,
                    otherWord || other.otherWord);
        }

        boolean onlyShareWords() {
            return words > 0 && !otherWord;
        }

        /** A share verb with a platform or what it shares ("Copy link"), or a row of platform buttons. */
        boolean isBar() {
            return verb && (platforms > 0 || object) || platforms >= 2 && !conjunction;
        }
    }
}
