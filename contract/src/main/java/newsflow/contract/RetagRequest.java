package newsflow.contract;

/**
 * A request to tag an article again with the running tagger: the value on {@link Topics#RETAG}, keyed by
 * {@code articleId}, written by {@code newsflow.jar retag}. enrich-service tags the article, publishes it on
 * {@link Topics#ENRICHED} with its own enrichment revision when its entities differ from what was published, and
 * answers with a {@link RetagOutcome}.
 *
 * @param runId     the re-tag run the request belongs to, which its outcome names
 * @param article   the newest version of the article as ingest accepted it (from {@link Topics#INGESTED})
 * @param published what {@link Topics#ENRICHED} holds for the article, or null when it holds nothing (any more)
 */
public record RetagRequest(String runId, ArticleIngested article, Published published) {

    /**
     * The header that marks an article on {@link Topics#ENRICHED} published again by a re-tag, with the run's id as
     * its value: it is not news (index-service leaves it out of the pipeline's latency), and a subscriber can tell
     * which run re-tagged it.
     */
    public static final String RUN_HEADER = "newsflow-retag-run";

    public RetagRequest {
        Required.text(runId, "runId");
        Required.value(article, "article");
    }

    /**
     * The newest enrichment of an article subscribers have been sent.
     *
     * @param version            its version
     * @param enrichmentRevision its enrichment revision
     * @param entitiesDigest     {@link EntityDigests#of} its entities
     */
    public record Published(long version, int enrichmentRevision, String entitiesDigest) {

        public Published {
            Required.text(entitiesDigest, "entitiesDigest");
        }

        /** What this enriched article tells subscribers. */
        public static Published of(ArticleEnriched article) {
            return new Published(article.version(), article.enrichmentRevision(), EntityDigests.of(article.entities()));
        }
    }
}
