package newsflow.index.store.entities;

import newsflow.contract.EntityType;

/**
 * An entity with the number of articles that mention it (outside their boilerplate) in the window asked for, and the
 * number of stories those articles are copies in (copies of one story on several sites count once).
 *
 * @param name       its canonical name, as the latest article mentioning it gives it
 * @param wikidataId its Wikidata item id ({@code Q458}), as that same article gives it; null when it gives none (and
 *                   then absent from the JSON)
 */
public record EntityCount(String id, EntityType type, String name, String wikidataId, long articles, long stories) {

    public EntityCount(String id, EntityType type, String name, String wikidataId, EntityTally tally) {
        this(id, type, name, wikidataId, tally.articles(), tally.stories());
    }
}
