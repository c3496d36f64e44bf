package newsflow.index.stories;

import java.time.Instant;
import java.util.List;
import newsflow.contract.EntityType;

/**
 * Copies of one story: the same text on several sites, lightly edited, found by {@link StoryAssigner}.
 *
 * @param storyId   the story's id: the id of the first of its articles the index saw
 * @param firstSeen the earliest publication time of its copies
 * @param copies    how many copies it has
 * @param articles  its copies, earliest first ({@value Stories#MAX_COPIES} at most)
 * @param entities  the entities its copies mention, in most copies first
 */
public record Story(String storyId, Instant firstSeen, long copies, List<Copy> articles, List<StoryEntity> entities) {

    public Story {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
    }

    /** One copy: which site carried it, where and when, under which headline. */
    public record Copy(
            String articleId, String source, String url, String title, Instant publishedAt, String language) {}

    /**
     * An entity of the story, with how many of its copies mention it.
     *
     * @param wikidataId its Wikidata item id where the articles give one, else null (and absent from the JSON)
     */
    public record StoryEntity(String id, EntityType type, String name, String wikidataId, long copies) {}
}
