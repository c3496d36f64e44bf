package newsflow.index.store;

import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;

/**
 * One write to the {@link ArticleStore}: an article to publish (or update), or a retraction. A batch of changes is
 * applied in order, so two versions of one article in the same batch end as they would one after the other.
 */
public sealed interface ArticleChange permits ArticleChange.Publish, ArticleChange.Retract {

    String articleId();

    long version();

    static ArticleChange publish(ArticleEnriched article) {
        return new Publish(article);
    }

    static ArticleChange retract(ArticleRetracted retraction) {
        return new Retract(retraction);
    }

    /** What the store holds for the article once this change is written. */
    default StoredVersion toStoredVersion() {
        return new StoredVersion(version(), this instanceof Retract);
    }

    /** Whether this change may replace what the store holds, by the rules of {@link StoredVersion}. */
    default boolean isNewerThan(StoredVersion held) {
        return this instanceof Retract ? held.acceptsRetraction(version()) : held.acceptsArticle(version());
    }

    /** An article to store, replacing an older version of it. */
    record Publish(ArticleEnriched article) implements ArticleChange {

        @Override
        public String articleId() {
            return article.articleId();
        }

        @Override
        public long version() {
            return article.version();
        }
    }

    /** A retraction: the article goes, and the retraction is remembered. */
    record Retract(ArticleRetracted retraction) implements ArticleChange {

        @Override
        public String articleId() {
            return retraction.articleId();
        }

        @Override
        public long version() {
            return retraction.version();
        }
    }
}
