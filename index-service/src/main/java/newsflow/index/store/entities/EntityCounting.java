package newsflow.index.store.entities;

import java.util.Comparator;

/**
 * What entity counts rank by: the stories that mention an entity (copies of one story on several sites count once,
 * the default) or the articles (every copy counts).
 */
public enum EntityCounting {
    STORIES,
    COPIES;

    /** Most first by this counting, then by the other, then by id. */
    public Comparator<EntityCount> order() {
        Comparator<EntityCount> stories = Comparator.comparingLong(EntityCount::stories);
        Comparator<EntityCount> articles = Comparator.comparingLong(EntityCount::articles);
        Comparator<EntityCount> first = this == STORIES ? stories : articles;
        Comparator<EntityCount> second = this == STORIES ? articles : stories;
        return first.reversed().thenComparing(second.reversed()).thenComparing(EntityCount::id);
    }
}
