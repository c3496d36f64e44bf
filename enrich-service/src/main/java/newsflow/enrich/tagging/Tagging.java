package newsflow.enrich.tagging;

import java.util.List;
import newsflow.contract.Entity;
import newsflow.contract.Provenance;

/**
 * What tagging one article found.
 *
 * @param entities   the article's entities, most salient first
 * @param provenance what produced them: the models that ran on this article, the gazetteers, and notes such as a
 *                   language the models do not cover
 */
public record Tagging(List<Entity> entities, Provenance provenance) {

    public Tagging {
        entities = List.copyOf(entities);
    }
}
