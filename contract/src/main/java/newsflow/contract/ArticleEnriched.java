package newsflow.contract;

import java.time.Instant;
import java.util.List;

/**
 * An article with its entities: the value on {@link Topics#ENRICHED}, keyed by {@code articleId}, and the
 * record the index API returns. A retraction travels on the same topic as a tombstone, see {@link RetractionHeaders}.
 * The fields it shares with {@link ArticleIngested} mean the same; {@code entities} are the tagger's, with the
 * {@code provenance} of the tags.
 */
public record ArticleEnriched(
        String articleId,
        long version,
        String source,
        String sourceArticleId,
        String url,
        String canonicalUrl,
        String title,
        Instant publishedAt,
        String language,
        String contentHash,
        String fingerprint,
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

    /** The enriched form of an ingested article: the same article, with its entities and their provenance. */
    public static ArticleEnriched of(
            ArticleIngested article, List<Entity> entities, Provenance provenance, Instant enrichedAt) {
        return new ArticleEnriched(
                article.articleId(),
                article.version(),
                article.source(),
                article.sourceArticleId(),
                article.url(),
                article.canonicalUrl(),
                article.title(),
                article.publishedAt(),
                article.language(),
                article.contentHash(),
                article.fingerprint(),
                article.zones(),
                entities,
                provenance,
                article.ingestedAt(),
                enrichedAt);
    }
}
