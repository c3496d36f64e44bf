package newsflow.support.stories;

import java.util.LinkedHashSet;
import java.util.Set;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;

/**
 * The sentences of an article's text as 64-bit hashes, which the {@link StoryRules} compare beside the fingerprint
 * (and index-service's second key of its near-neighbour index). Syndication edits a copy (a new headline, a
 * dateline, a paragraph dropped, a word changed) but keeps most of its sentences word for word, while a second report of the same event shares one at most; and
 * a copy whose fingerprint is many bits away (a dropped paragraph moves it by ten bits or so) still shares them.
 * Only standfirst, body and captions count, never the headline or boilerplate, and only sentences of at least
 * {@value #MIN_WORDS} words, so that stock phrases do not join stories; {@value #MAX_SENTENCES} at most.
 */
public final class StorySentences {

    public static final int MIN_WORDS = 8;
    public static final int MAX_SENTENCES = 64;

    private static final Set<ZoneName> ZONES = Set.of(ZoneName.STANDFIRST, ZoneName.BODY, ZoneName.CAPTION);

    private StorySentences() {}

    /** The hashes of the article's sentences, in order, each once. */
    public static Set<Long> of(ArticleEnriched article) {
        Set<Long> hashes = new LinkedHashSet<>();
        for (Zone zone : article.zones()) {
            if (ZONES.contains(zone.name())) {
                addSentences(zone.text(), hashes);
            }
        }
        return hashes;
    }

    /** Hashes each sentence of the text: its words, lower-cased, letters and digits only, in order. */
    public static void addSentences(String text, Set<Long> hashes) {
        long hash = 0xCBF29CE484222325L;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && hashes.size() < MAX_SENTENCES; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                    hash = (hash ^ ' ') * 0x100000001B3L;
                    inWord = true;
                }
                hash = (hash ^ Character.toLowerCase(c)) * 0x100000001B3L;
            } else {
                inWord = false;
                if (isSentenceEnd(text, i)) {
                    if (words >= MIN_WORDS) {
                        hashes.add(hash);
                    }
                    hash = 0xCBF29CE484222325L;
                    words = 0;
                }
            }
        }
        if (words >= MIN_WORDS && hashes.size() < MAX_SENTENCES) {
            hashes.add(hash);
        }
    }

    /** A full stop, question or exclamation mark before a space or the end, or a line break. */
    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (c == '.' || c == '?' || c == '!') {
            return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        }
        return false;
    }
}
