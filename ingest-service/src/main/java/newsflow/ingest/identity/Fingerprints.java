package newsflow.ingest.identity;

import java.util.HexFormat;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.CleanArticle;

/**
 * Near-duplicate fingerprints: a 64-bit SimHash of an article's cleaned text, boilerplate left out. Two texts that
 * differ in a few words have fingerprints a few bits apart, so a reader can find syndicated copies and light
 * rewrites of one story by Hamming distance (about 3 bits or fewer: near-duplicates; unrelated texts: about 32).
 * The features are word trigrams of the lower-cased text; texts of fewer than three words use their words.
 */
public final class Fingerprints {

    private static final int SHINGLE = 3;

    private Fingerprints() {}

    /** The fingerprint of an article, as on {@code ArticleIngested.fingerprint}: 16 lower-case hex digits. */
    public static String of(CleanArticle article) {
        var text = new StringBuilder();
        for (Zone zone : article.zones()) {
            if (zone.name() != ZoneName.BOILERPLATE) {
                text.append(zone.text()).append('\n');
            }
        }
        return hex(simHash(text));
    }

    public static String hex(long fingerprint) {
        return HexFormat.of().toHexDigits(fingerprint);
    }

    /** How many of the 64 bits two fingerprints differ in: 0 for the same text, about 32 for unrelated ones. */
    public static int distance(long first, long second) {
        return Long.bitCount(first ^ second);
    }

    /** The 64-bit SimHash of a text's word trigrams. */
    public static long simHash(CharSequence text) {
        int[] weights = new int[Long.SIZE];
        long[] window = new long[SHINGLE];
        int words = 0;
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                window[words % SHINGLE] = wordHash(text, start, i);
                words++;
                if (words >= SHINGLE) {
                    add(weights, shingleHash(window, words));
                }
            }
            i++;
        }
        for (int w = 0; words < SHINGLE && w < words; w++) {
            add(weights, mix(window[w]));
        }
        long fingerprint = 0;
        for (int bit = 0; bit < Long.SIZE; bit++) {
            if (weights[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    private static void add(int[] weights, long hash) {
        for (int bit = 0; bit < Long.SIZE; bit++) {
            weights[bit] += (hash >>> bit & 1L) == 1L ? 1 : -1;
        }
    }

    /** The hash of the last three words, in order: {@code window} is a ring of the word hashes. */
    private static long shingleHash(long[] window, int words) {
        long hash = 0;
        for (int k = SHINGLE; k > 0; k--) {
            hash = hash * 0x9E3779B97F4A7C15L + window[(words - k) % SHINGLE];
        }
        return mix(hash);
    }

    /** FNV-1a over the lower-cased characters of one word. */
    private static long wordHash(CharSequence text, int start, int end) {
        long hash = 0xCBF29CE484222325L;
        for (int i = start; i < end; i++) {
            hash ^= Character.toLowerCase(text.charAt(i));
            hash *= 0x100000001B3L;
        }
        return hash;
    }

    /** The finaliser of MurmurHash3: spreads every input bit over all 64 output bits. */
    private static long mix(long hash) {
        hash ^= hash >>> 33;
        hash *= 0xFF51AFD7ED558CCDL;
        hash ^= hash >>> 33;
        hash *= 0xC4CEB9FE1A85EC53L;
        return hash ^ hash >>> 33;
    }
}
