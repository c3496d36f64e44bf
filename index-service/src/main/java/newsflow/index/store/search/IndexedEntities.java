package newsflow.index.store.search;

import java.util.List;
import newsflow.contract.Entity;
import newsflow.contract.Mention;
import newsflow.contract.ZoneName;

/**
 * The entities an article is found by and counted for: those it mentions outside its boilerplate. The tagger
 * already leaves out entities seen only in boilerplate; the store holds to the same rule for events from older
 * taggers. An entity with no mentions listed is the tagger's word and is kept.
 */
public final class IndexedEntities {

    private IndexedEntities() {}

    public static List<Entity> of(List<Entity> entities) {
        return entities.stream()
                .filter(IndexedEntities::mentionedOutsideBoilerplate)
                .toList();
    }

    private static boolean mentionedOutsideBoilerplate(Entity entity) {
        return entity.mentions().isEmpty()
                || entity.mentions().stream().map(Mention::zone).anyMatch(zone -> zone != ZoneName.BOILERPLATE);
    }
}
