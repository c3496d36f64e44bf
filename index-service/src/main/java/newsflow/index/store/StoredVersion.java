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
}
