package newsflow.index.store;

import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleIngested;

/**
 * What a store holds for one article id, as far as version checks go: the version and enrichment revision of the
 * stored article, or the version of the retraction that removed it. Every {@link ArticleStore} adapter decides its
 * writes by these rules, so they all agree on which of two writes wins: the newest version, and within one version
 * the newest enrichment (a re-tag after a tagger upgrade); a retraction removes every enrichment of its version.
 *
 * @param version            the version of the article or retraction held
 * @param enrichmentRevision the enrichment revision of the article held; 0 for a retraction
 * @param retracted          true when what is held is a retraction
 */
public record StoredVersion(long version, int enrichmentRevision, boolean retracted) {

    /** Bits of the ordinal that hold the enrichment revision and the retraction flag. */
    private static final int LOW_BITS = 21;

    /** All {@link #LOW_BITS} set: a retraction ranks above every enrichment revision of its version. */
    private static final long RETRACTION = (1L << LOW_BITS) - 1;

    /** An article held, at this version and enrichment revision. */
    public static StoredVersion article(long version, int enrichmentRevision) {
        return new StoredVersion(version, enrichmentRevision, false);
    }

    /** A retraction held, of this version. */
    public static StoredVersion retraction(long version) {
        return new StoredVersion(version, 0, true);
    }

    /**
     * An article is stored when it is a newer version than the stored article, or the same version with a newer
     * enrichment; and when it is newer than a remembered retraction.
     */
    public boolean acceptsArticle(long articleVersion, int articleEnrichmentRevision) {
        if (retracted || articleVersion != version) {
            return articleVersion > version;
        }
        return articleEnrichmentRevision > enrichmentRevision;
    }

    /**
     * A retraction removes the stored article when it is about that version or a later one; it replaces a
     * remembered retraction only when it is newer, so a redelivered retraction changes nothing.
     */
    public boolean acceptsRetraction(long retractionVersion) {
        return retracted ? retractionVersion > version : retractionVersion >= version;
    }

    /**
     * These rules as one number that only a strictly greater number may replace, for stores that keep one number
     * per document (OpenSearch's external versions): the version in the high 42 bits, then the enrichment revision
     * (20 bits), then one bit that is set for a retraction, whose revision bits are all set too. So the article of
     * version n ranks by its revision, a retraction of version n beats every revision of it, and the article of
     * version n + 1 beats them all, exactly as {@link #acceptsArticle} and {@link #acceptsRetraction} say.
     *
     * @throws IllegalArgumentException for a version or revision outside the contract's range
     */
    public long ordinal() {
        if (version < 0 || version > ArticleIngested.MAX_VERSION) {
            throw new IllegalArgumentException(
                    "version must be between 0 and " + ArticleIngested.MAX_VERSION + ", not " + version);
        }
        if (enrichmentRevision < 0 || enrichmentRevision > ArticleEnriched.MAX_ENRICHMENT_REVISION) {
            throw new IllegalArgumentException("enrichmentRevision must be between 0 and "
                    + ArticleEnriched.MAX_ENRICHMENT_REVISION + ", not " + enrichmentRevision);
        }
        return (version << LOW_BITS) | (retracted ? RETRACTION : (long) enrichmentRevision << 1);
    }
}
