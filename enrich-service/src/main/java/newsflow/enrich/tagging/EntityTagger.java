package newsflow.enrich.tagging;

import java.util.List;
import newsflow.contract.Entity;
import newsflow.contract.Provenance;
import newsflow.contract.Zone;

/** Finds the people, organisations, countries and places an article is about. Implementations are thread-safe. */
public interface EntityTagger {

    /**
     * The entities of an article, with their mentions' offsets into the zone texts. Entities mentioned only in
     * BOILERPLATE are not among them.
     */
    List<Entity> tag(List<Zone> zones);

    /** What produced the entities: tagger, models and gazetteer versions. */
    Provenance provenance();
}
