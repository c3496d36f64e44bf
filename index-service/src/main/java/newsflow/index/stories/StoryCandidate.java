package newsflow.index.stories;

import java.time.Instant;
import java.util.Set;

/**
 * A stored article a new one may be a copy of: what the store's near-neighbour lookup returns for the story rules to
 * decide on.
 *
 * @param articleId   the stored article
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
}
