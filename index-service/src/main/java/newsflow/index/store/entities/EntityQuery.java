package newsflow.index.store.entities;

import newsflow.contract.EntityType;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.InvalidQueryException;
import newsflow.index.store.TimeWindow;

/**
 * Which entities to count, for {@link ArticleStore#topEntities} and {@link ArticleStore#entity}.
 *
 * @param type   only entities of this type, or all when null
 * @param window the publication times of the articles counted
 * @param counting what entities are ranked by: stories (the default, when null) or copies
 * @param limit  how many entities (or co-occurring entities and latest articles) to return, 1 to
 *               {@value #MAX_LIMIT}
 */
public record EntityQuery(EntityType type, TimeWindow window, EntityCounting counting, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public EntityQuery {
        window = window == null ? TimeWindow.always() : window;
        counting = counting == null ? EntityCounting.STORIES : counting;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** All entities over all time, the default number of them. */
    public static EntityQuery everything() {
        return new EntityQuery(null, TimeWindow.always(), EntityCounting.STORIES, DEFAULT_LIMIT);
    }

    public EntityQuery withType(EntityType type) {
        return new EntityQuery(type, window, counting, limit);
    }

    public EntityQuery withWindow(TimeWindow window) {
        return new EntityQuery(type, window, counting, limit);
    }

    public EntityQuery withCounting(EntityCounting counting) {
        return new EntityQuery(type, window, counting, limit);
    }

    public EntityQuery withLimit(int limit) {
        return new EntityQuery(type, window, counting, limit);
    }
}
