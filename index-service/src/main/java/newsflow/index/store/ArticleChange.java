package newsflow.index.store;

import java.util.Objects;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;

/**
 * One write to the {@link ArticleStore}: an article to publish (or update), or a retraction. A batch of changes is
 * applied in order, so two versions of one article in the same batch end as they would one after the other.
 */
public sealed interface ArticleChange permits ArticleChange.Publish, ArticleChange.Retract {

    String articleId();

    long version();

    /** The enrichment revision of an article; 0 for a retraction, which removes every revision of its version. */
    int enrichmentRevision();

    static Publish publish(ArticleEnriched article) {
        return new Publish(article, null, null);
    }

    /**
     * An article together with the JSON it arrived in ({@link newsflow.contract.EventJson}'s form, which it was read
     * from), so that a store keeping the event as JSON can keep these bytes instead of writing the article anew.
     */
    static Publish publish(ArticleEnriched article, byte[] json) {
        return new Publish(article, json, null);
    }

    static ArticleChange retract(ArticleRetracted retraction) {
        return new Retract(retraction);
    }

    /** What the store holds for the article once this change is written. */
    default StoredVersion toStoredVersion() {
        return this instanceof Retract
                ? StoredVersion.retraction(version())
                : StoredVersion.article(version(), enrichmentRevision());
    }

    /** Whether this change may replace what the store holds, by the rules of {@link StoredVersion}. */
    default boolean isNewerThan(StoredVersion held) {
        return this instanceof Retract
                ? held.acceptsRetraction(version())
                : held.acceptsArticle(version(), enrichmentRevision());
    }

    /**
     * An article to store, replacing an older version of it; {@code json} is the article as the JSON it was read
     * from, or null; {@code storyId} the story the article belongs to ({@link newsflow.index.stories.StoryAssigner}),
     * or null for a story of its own. Two changes are equal when their articles and stories are: the JSON is only a
     * way of writing it.
     */
    record Publish(ArticleEnriched article, byte[] json, String storyId) implements ArticleChange {

        public Publish {
            Objects.requireNonNull(article, "article");
        }

        /** The same change, the article in this story. */
        public Publish withStory(String story) {
            return new Publish(article, json, story);
        }

        /** The story the article belongs to: its own, named by its id, unless another was given. */
        @Override
        public String storyId() {
            return storyId != null ? storyId : article.articleId();
        }

        /** Whether the article starts its story (its story is named by its own id). */
        public boolean isStoryLead() {
            return storyId().equals(article.articleId());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Publish publish
                    && article.equals(publish.article)
                    && storyId().equals(publish.storyId());
        }

        @Override
        public int hashCode() {
            return article.hashCode() * 31 + storyId().hashCode();
        }

        @Override
        public String toString() {
            return "Publish[" + article.articleId() + " version " + article.version() + " enrichment "
                    + article.enrichmentRevision() + " story " + storyId() + "]";
        }

        @Override
        public String articleId() {
            return article.articleId();
        }

        @Override
        public long version() {
            return article.version();
        }

        @Override
        public int enrichmentRevision() {
            return article.enrichmentRevision();
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

        @Override
        public int enrichmentRevision() {
            return 0;
        }
    }
}
