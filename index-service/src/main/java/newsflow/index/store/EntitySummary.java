package newsflow.index.store;

import newsflow.contract.Entity;
import newsflow.contract.EntityType;

/** An entity of a search hit: enough to show and filter on, without its mentions. */
public record EntitySummary(String id, EntityType type, String name, double salience) {

    static EntitySummary of(Entity entity) {
        return new EntitySummary(entity.id(), entity.type(), entity.name(), entity.salience());
    }
}
