package newsflow.ingest.lifecycle;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import newsflow.contract.ArticleVersion;

/**
 * The newest version ingest accepted of every article, and the rules that compare a new version with it. The
 * versions are kept in a {@link VersionStore}, in production the global store of the compacted topic
 * {@code articles.versions} on this instance's disk ({@link ArticleVersionsStore}); a version this instance accepts
 * is also held here, in a small map of pending versions, from the moment it is recorded on the topic
 * ({@link ArticleVersionsRecorder}) until the store has read it back ({@link #settle()}), so that an exact re-send
 * that follows at once is dropped. It holds no state of its own that Kafka does not.
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
 * Only the first 64 bits of the content hashes are compared ({@link SeenVersion}).
 */
public final class VersionTable {

    private final VersionStore store;
    private final ConcurrentMap<String, SeenVersion> pending = new ConcurrentHashMap<>();

    VersionTable(VersionStore store) {
        this.store = store;
    }

    /** What to do with this version of its article. */
    public VersionVerdict check(ArticleVersion candidate) {
        SeenVersion seen = newest(candidate.articleId());
        if (seen == null || candidate.version() > seen.version()) {
            return VersionVerdict.accept();
        }
        if (candidate.version() < seen.version()) {
            return VersionVerdict.stale("version " + candidate.version() + " is older than version " + seen.version()
                    + (seen.retracted() ? ", at which the article was retracted" : ", already accepted"));
        }
        return sameVersion(candidate, seen);
    }

    private static VersionVerdict sameVersion(ArticleVersion candidate, SeenVersion seen) {
        long version = seen.version();
        if (candidate.retracted()) {
            return seen.retracted() ? VersionVerdict.duplicate(version) : VersionVerdict.accept();
        }
        if (seen.retracted()) {
            return VersionVerdict.stale(
                    "the article was retracted at version " + version + "; send a higher version to publish it again");
        }
        if (seen.hasContent(candidate.contentHash())) {
            return VersionVerdict.duplicate(version);
        }
        return VersionVerdict.stale("version " + version + " was already accepted with other content; "
                + "send a higher revision for an update");
    }

    /** The newest version seen of an article, if any. */
    public OptionalLong newestVersion(String articleId) {
        SeenVersion seen = newest(articleId);
        return seen == null ? OptionalLong.empty() : OptionalLong.of(seen.version());
    }

    /** About how many articles it knows. */
    public long size() {
        return store.approximateCount();
    }

    /** How many versions this instance recorded that the store has not read back yet. */
    public int pending() {
        return pending.size();
    }

    /**
     * Remembers a version this instance recorded, until the store has it, unless a newer one is known: applying the
     * same versions in any order, any number of times, leaves the same table. At the same version a retraction wins
     * over the publication it retracts.
     */
    void remember(ArticleVersion version) {
        pending.merge(version.articleId(), SeenVersion.of(version), SeenVersion::newer);
    }

    /**
     * Forgets the pending versions the store has read back (or has a newer version of): from now on the store
     * answers for them. Called now and then, so the pending map holds only the last moments' versions.
     */
    void settle() {
        for (String articleId : pending.keySet()) {
            pending.computeIfPresent(articleId, (id, mine) -> covers(store.get(id), mine) ? null : mine);
        }
    }

    private SeenVersion newest(String articleId) {
        SeenVersion recorded = store.get(articleId);
        SeenVersion mine = pending.get(articleId);
        if (mine == null || recorded == null) {
            return mine == null ? recorded : mine;
        }
        return recorded.newer(mine);
    }

    private static boolean covers(SeenVersion recorded, SeenVersion mine) {
        return recorded != null && recorded.covers(mine);
    }
}
