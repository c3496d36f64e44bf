package newsflow.index.store;

/**
 * What a store holds for one article id, as far as version checks go: the version of the stored article, or of
 * the retraction that removed it. Every {@link ArticleStore} adapter decides its writes by these rules, so they
 * all agree on which of two writes wins.
 *
 * @param version   the version of the article or retraction held
 * @param retracted true when what is held is a retraction
 */
public record StoredVersion(long version, boolean retracted) {

    /**
     * The largest version {@link #ordinal()} can order: stores that keep one number per document (OpenSearch's
     * external versions) need articles and retractions on one scale, which takes one bit.
     */
    public static final long MAX_VERSION = Long.MAX_VALUE / 2 - 1;

    /** An article is stored only when it is newer than both the stored article and a remembered retraction. */
    public boolean acceptsArticle(long articleVersion) {
        return articleVersion > version;
    }

    /**
     * A retraction removes the stored article when it is about that version or a later one; it replaces a
     * remembered retraction only when it is newer, so a redelivered retraction changes nothing.
     */
    public boolean acceptsRetraction(long retractionVersion) {
        return retracted ? retractionVersion > version : retractionVersion >= version;
    }

    /**
     * These rules as one number that only a strictly greater number may replace: {@code 2 * version} for an
     * article, {@code 2 * version + 1} for a retraction. So a retraction of version n beats the article of version
     * n, and the article of version n + 1 beats both, exactly as {@link #acceptsArticle} and
     * {@link #acceptsRetraction} say.
     *
     * @throws IllegalArgumentException for a negative version or one above {@link #MAX_VERSION}
     */
    public long ordinal() {
        if (version < 0 || version > MAX_VERSION) {
            throw new IllegalArgumentException("version must be between 0 and " + MAX_VERSION + ", not " + version);
        }
        return 2 * version + (retracted ? 1 : 0);
    }
}
