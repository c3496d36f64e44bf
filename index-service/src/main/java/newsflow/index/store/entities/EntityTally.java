package newsflow.index.store.entities;

/**
 * How many articles, and how many stories, mention an entity.
 *
 * @param articles every article, each copy of a story counted
 * @param stories  the stories of those articles, each counted once
 */
public record EntityTally(long articles, long stories) {

    public EntityTally plus(EntityTally other) {
        return new EntityTally(articles + other.articles, stories + other.stories);
    }
}
