package newsflow.ingest.lifecycle;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import newsflow.contract.ArticleVersion;

/**
 * The newest version ingest accepted of every article, in memory, and the rules that compare a new version with
 * it. It is filled from the compacted topic {@code articles.versions} ({@link ArticleVersionsFeed}) and added to as
 * versions are accepted ({@link ArticleVersionsRecorder}); it holds no state of its own that Kafka does not.
 *
 * <p>The rules, for a version of an article whose newest seen version is {@code n}:
 * <ul>
 * <li>newer than {@code n}, or the article is new: accept;</li>
 * <li>older than {@code n}: stale, whether it is a publication or a retraction;</li>
 * <li>{@code n} again: the same content is an exact re-send, dropped; other content is stale, since a version names
 * one content and every later stage keeps the first it saw (send a higher revision to correct an article); a
 * retraction of version {@code n} is accepted once and then a re-send; a publication of {@code n} after its
 * retraction is stale.</li>
 * </ul>
 * An entry holds the version, the first 64 bits of the content hash (enough to tell two contents of one article
 * apart) and whether it is a retraction: about 150 bytes per article with its id and map entry, so a million
 * articles take about 150 MB of heap.
 */
public final class VersionTable {

    private final ConcurrentMap<String, Seen> newest = new ConcurrentHashMap<>();

    /** What to do with this version of its article. */
    public VersionVerdict check(ArticleVersion candidate) {
        Seen seen = newest.get(candidate.articleId());
        if (seen == null || candidate.version() > seen.version()) {
            return VersionVerdict.accept();
        }
        if (candidate.version() < seen.version()) {
            return VersionVerdict.stale("version " + candidate.version() + " is older than version " + seen.version()
                    + (seen.retracted() ? ", at which the article was retracted" : ", already accepted"));
        }
        return sameVersion(candidate, seen);
    }

    private static VersionVerdict sameVersion(ArticleVersion candidate, Seen seen) {
        long version = seen.version();
        if (candidate.retracted()) {
            return seen.retracted() ? VersionVerdict.duplicate(version) : VersionVerdict.accept();
        }
        if (seen.retracted()) {
            return VersionVerdict.stale(
                    "the article was retracted at version " + version + "; send a higher version to publish it again");
        }
        if (hashPrefix(candidate) == seen.hashPrefix()) {
            return VersionVerdict.duplicate(version);
        }
        return VersionVerdict.stale("version " + version + " was already accepted with other content; "
                + "send a higher revision for an update");
    }

    /** The newest version seen of an article, if any. */
    public OptionalLong newestVersion(String articleId) {
        Seen seen = newest.get(articleId);
        return seen == null ? OptionalLong.empty() : OptionalLong.of(seen.version());
    }

    /** How many articles it knows. */
    public int size() {
        return newest.size();
    }

    /**
     * Remembers a version, unless a newer one is known: applying the same versions in any order, any number of times,
     * leaves the same table. At the same version a retraction wins over the publication it retracts.
     */
    void remember(ArticleVersion version) {
        Seen seen = new Seen(version.version(), hashPrefix(version), version.retracted());
        newest.merge(version.articleId(), seen, VersionTable::newer);
    }

    private static Seen newer(Seen current, Seen candidate) {
        if (candidate.version() != current.version()) {
            return candidate.version() > current.version() ? candidate : current;
        }
        return candidate.retracted() ? candidate : current;
    }

    private static long hashPrefix(ArticleVersion version) {
        String hash = version.contentHash();
        return hash == null || hash.length() < 16 ? 0 : Long.parseUnsignedLong(hash, 0, 16, 16);
    }

    private record Seen(long version, long hashPrefix, boolean retracted) {}
}
