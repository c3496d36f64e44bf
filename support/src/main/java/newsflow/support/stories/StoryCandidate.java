package newsflow.support.stories;

import java.time.Instant;
import java.util.Set;
import newsflow.contract.ArticleEnriched;

/**
 * An article as the {@link StoryRules} compare it with another: a stored one a new article may be a copy of, or the
 * new article itself.
 *
 * @param articleId   the article
 * @param storyId     the story it belongs to
 * @param fingerprint its 64-bit SimHash
 * @param publishedAt its publication time (its pipeline time when it has none)
 * @param entityIds   the ids of the entities it mentions outside boilerplate
 * @param sentences   the hashes of its sentences ({@link StorySentences})
 */
public record StoryCandidate(
        String articleId,
        String storyId,
        long fingerprint,
        Instant publishedAt,
        Set<String> entityIds,
        Set<Long> sentences) {

    public StoryCandidate {
        entityIds = Set.copyOf(entityIds);
        sentences = Set.copyOf(sentences);
    }

    /** The same article in this story. */
    public StoryCandidate inStory(String story) {
        return new StoryCandidate(articleId, story, fingerprint, publishedAt, entityIds, sentences);
    }

    /** An article in a story, with its fingerprint and the ids of the entities the rules are to compare. */
    public static StoryCandidate of(ArticleEnriched article, String storyId, long fingerprint, Set<String> entityIds) {
        return new StoryCandidate(
                article.articleId(), storyId, fingerprint, timeOf(article), entityIds, StorySentences.of(article));
    }

    /** The time a story's window is measured by: publication, else the pipeline's own times, as stores sort by. */
    public static Instant timeOf(ArticleEnriched article) {
        if (article.publishedAt() != null) {
            return article.publishedAt();
        }
        return article.ingestedAt() != null ? article.ingestedAt() : article.enrichedAt();
    }
}
