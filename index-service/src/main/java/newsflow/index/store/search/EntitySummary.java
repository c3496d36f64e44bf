package newsflow.index.store.search;

import newsflow.contract.Entity;
import newsflow.contract.EntityType;

/**
 * An entity of a search hit: enough to show and filter on, without its mentions.
 *
 * @param wikidataId its Wikidata item id ({@code Q458}) where the article gives one; null otherwise (and then absent
 *                   from the JSON)
 */
public record EntitySummary(String id, EntityType type, String name, String wikidataId, double salience) {

    public static EntitySummary of(Entity entity) {
        return new EntitySummary(entity.id(), entity.type(), entity.name(), entity.wikidataId(), entity.salience());
    }
}
