package newsflow.contract;

/**
 * The newest version of an article ingest has let through: the value on {@link Topics#ARTICLE_VERSIONS}, keyed by
 * {@code articleId}. Ingest compares each new raw article with it to drop an exact re-send and refuse a stale
 * version; a retraction is remembered too, so an older version sent after it cannot bring the article back.
 *
 * @param articleId   the article's stable id
 * @param version     the newest version accepted
 * @param contentHash the content hash of that version, as on {@link ArticleIngested}; null for a retraction
 * @param retracted   whether that version is a retraction
 */
public record ArticleVersion(String articleId, long version, String contentHash, boolean retracted) {

    public ArticleVersion {
        Required.text(articleId, "articleId");
        if (!retracted) {
            Required.text(contentHash, "contentHash");
        }
    }

    /** The version of a clean article. */
    public static ArticleVersion of(ArticleIngested article) {
        return new ArticleVersion(article.articleId(), article.version(), article.contentHash(), false);
    }

    /** The version of a retraction. */
    public static ArticleVersion of(ArticleRetracted retraction) {
        return new ArticleVersion(retraction.articleId(), retraction.version(), null, true);
    }
}
