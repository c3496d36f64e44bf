package newsflow.contract;

/**
 * A retraction: travels on {@link Topics#INGESTED} and {@link Topics#ENRICHED} as a tombstone (null value) keyed by
 * {@code articleId}, with these fields in the headers named by {@link RetractionHeaders}.
 */
public record ArticleRetracted(String articleId, long version, String source, String reason) {}
