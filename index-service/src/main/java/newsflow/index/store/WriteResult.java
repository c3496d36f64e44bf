package newsflow.index.store;

/** What a write to the {@link ArticleStore} did. */
public enum WriteResult {
    /** The store changed: the article is stored, or removed by the retraction. */
    WRITTEN,
    /**
     * Nothing changed: the store already holds this version or a newer one of the article, or of its retraction.
     * A redelivered record and an out-of-order older one both end here.
     */
    IGNORED_STALE
}
