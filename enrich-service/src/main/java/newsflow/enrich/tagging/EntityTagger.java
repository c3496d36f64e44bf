package newsflow.enrich.tagging;

import java.util.List;
import newsflow.contract.Zone;

/** Finds the people, organisations, countries and places an article is about. Implementations are thread-safe. */
public interface EntityTagger {

    /**
     * The entities of an article, with their mentions' offsets into the zone texts, and the provenance of the tags.
     * Entities mentioned only in BOILERPLATE are not among them.
     *
     * @param zones    the article's text, zone by zone
     * @param language the article's ISO 639-1 language code, or null when unknown; models that do not cover it are
     *                 not run, and the provenance says so
     * @param deadline checked as the work goes on, so that no article can hold a thread for long
     * @throws TaggingTimeoutException when the deadline passes before the article is tagged
     */
    Tagging tag(List<Zone> zones, String language, TaggingDeadline deadline);

    /**
     * The enrichment revision of this tagger and its gazetteers (see {@link EnrichmentRevisions}), which every
     * article it enriches carries.
     */
    int enrichmentRevision();

    /** Tags an article of unknown language, with no deadline. */
    default Tagging tag(List<Zone> zones) {
        return tag(zones, null, TaggingDeadline.NONE);
    }
}
