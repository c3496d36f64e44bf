package newsflow.launcher.benchmark.versions;

import java.util.HexFormat;
import newsflow.contract.ArticleIds;
import newsflow.contract.ArticleVersion;

/**
 * The versions the benchmark puts on {@code articles.versions}: version {@code i} is of article {@code bench-i},
 * derived as ingest derives ids, with a version and content hash computed from {@code i}, so the checks can ask about
 * any of them again without keeping them.
 */
final class BenchmarkVersions {

    private static final long FIRST_VERSION = 1_700_000_000_000L;
    private static final HexFormat HEX = HexFormat.of();

    private BenchmarkVersions() {}

    static String articleId(long i) {
        return ArticleIds.derive("bench", Long.toString(i));
    }

    static long version(long i) {
        return FIRST_VERSION + i;
    }

    static String contentHash(long i) {
        long seed = i * 4;
        return HEX.toHexDigits(mix(seed))
                + HEX.toHexDigits(mix(seed + 1))
                + HEX.toHexDigits(mix(seed + 2))
                + HEX.toHexDigits(mix(seed + 3));
    }

    static ArticleVersion of(long i) {
        return new ArticleVersion(articleId(i), version(i), contentHash(i), false);
    }

    /** The record's value as ingest writes it. */
    static String json(long i) {
        return "{\"articleId\":\"" + articleId(i) + "\",\"version\":" + version(i) + ",\"contentHash\":\""
                + contentHash(i) + "\",\"retracted\":false}";
    }

    /** SplitMix64's finaliser: spreads consecutive numbers over all 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
