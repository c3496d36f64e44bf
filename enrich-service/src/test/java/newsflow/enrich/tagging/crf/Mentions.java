package newsflow.enrich.tagging.crf;

import java.util.List;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;

/**
 * What the tagging tests ask of the entities found: their mentions' texts, an entity's mentions' texts, and the types
 * of a text's entities.
 */
final class Mentions {

    private Mentions() {}

    /** Every mention's text, entity by entity. */
    static List<String> texts(List<Entity> entities) {
        return entities.stream()
                .flatMap(entity -> entity.mentions().stream())
                .map(mention -> mention.text())
                .toList();
    }

    /** The texts of the mentions of the entity with the id, in the order found. */
    static List<String> of(List<Entity> entities, String id) {
        return entities.stream()
                .filter(entity -> entity.id().equals(id))
                .flatMap(entity -> entity.mentions().stream())
                .map(mention -> mention.text())
                .toList();
    }

    /** The types of the entities one of whose mentions is written {@code text}. */
    static List<EntityType> types(List<Entity> entities, String text) {
        return entities.stream()
                .filter(entity ->
                        entity.mentions().stream().anyMatch(m -> m.text().equals(text)))
                .map(Entity::type)
                .toList();
    }
}
