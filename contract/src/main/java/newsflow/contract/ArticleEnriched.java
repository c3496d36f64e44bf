package newsflow.contract;

import java.time.Instant;
import java.util.List;

/**
 * An article with its entities: the value on {@link Topics#ENRICHED}, keyed by {@code articleId}, and the
 * record the index API returns. A retraction travels on the same topic as a tombstone, see {@link RetractionHeaders}.
 */
public record ArticleEnriched(
        String articleId,
        long version,
        String source,
        String sourceArticleId,
        String url,
        String title,
        Instant publishedAt,
        String language,
        String contentHash,
        List<Zone> zones,
        List<Entity> entities,
        Provenance provenance,
        Instant ingestedAt,
        Instant enrichedAt) {

    public ArticleEnriched {
        Required.text(articleId, "articleId");
        Required.text(source, "source");
        Required.text(sourceArticleId, "sourceArticleId");
        Required.value(title, "title");
        Required.text(contentHash, "contentHash");
        Required.value(provenance, "provenance");
        Required.value(enrichedAt, "enrichedAt");
        zones = List.copyOf(Required.value(zones, "zones"));
        entities = List.copyOf(Required.value(entities, "entities"));
    }
}
