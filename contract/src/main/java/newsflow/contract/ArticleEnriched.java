package newsflow.contract;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import java.util.List;

/**
 * An article with its entities: the value on {@link Topics#ENRICHED}, keyed by {@code articleId}, and the
 * record the index API returns. A retraction travels on the same topic as a tombstone, see {@link RetractionHeaders}.
 * The fields it shares with {@link ArticleIngested} mean the same; {@code entities} are the tagger's, with the
 * {@code provenance} of the tags.
 *
 * <p>{@code enrichmentRevision} tells a re-tag from a new text. It is the tagger's release number, raised with every
 * release of the tagger or its gazetteers. A record with the same {@code version} as one already seen and a higher
 * {@code enrichmentRevision} is the same text tagged again by a newer tagger, published only because its entities
 * changed; a higher {@code version} is a new text of the article. Keep the record with the highest
 * {@code (version, enrichmentRevision)}. Records written before revisions existed read as revision 0.
 */
public record ArticleEnriched(
        String articleId,
        long version,
        // absent in records written before revisions existed: those read as revision 0
        @JsonSetter(nulls = Nulls.AS_EMPTY) int enrichmentRevision,
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

    /** The highest enrichment revision: twenty bits, so that a store can order (version, revision) in one long. */
    public static final int MAX_ENRICHMENT_REVISION = (1 << 20) - 1;

    public ArticleEnriched {
        Required.text(articleId, "articleId");
        Required.text(source, "source");
        Required.text(sourceArticleId, "sourceArticleId");
        Required.value(title, "title");
        Required.text(contentHash, "contentHash");
        Required.value(provenance, "provenance");
        Required.value(enrichedAt, "enrichedAt");
        if (enrichmentRevision < 0 || enrichmentRevision > MAX_ENRICHMENT_REVISION) {
            throw new IllegalArgumentException("enrichmentRevision must be between 0 and " + MAX_ENRICHMENT_REVISION
                    + ", not " + enrichmentRevision);
        }
        zones = List.copyOf(Required.value(zones, "zones"));
        entities = List.copyOf(Required.value(entities, "entities"));
    }

    /**
     * The enriched form of an ingested article: the same article, with its entities, their provenance and the
     * enrichment revision of the tagger that found them.
     */
    public static ArticleEnriched of(
            ArticleIngested article,
            List<Entity> entities,
            Provenance provenance,
            int enrichmentRevision,
            Instant enrichedAt) {
        return new ArticleEnriched(
                article.articleId(),
                article.version(),
                enrichmentRevision,
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
