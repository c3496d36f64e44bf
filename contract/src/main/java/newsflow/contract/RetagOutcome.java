package newsflow.contract;

/**
 * What became of one {@link RetagRequest}: the value on {@link Topics#RETAG_OUTCOMES}, keyed by {@code articleId},
 * written by enrich-service and read by {@code newsflow.jar retag} for its progress and summary.
 *
 * @param runId              the run of the request
 * @param articleId          the article
 * @param version            the version that was tagged
 * @param result             what happened
 * @param enrichmentRevision the revision the article now has on {@link Topics#ENRICHED}
 * @param detail             why it failed, or null
 */
public record RetagOutcome(
        String runId, String articleId, long version, Result result, int enrichmentRevision, String detail) {

    public RetagOutcome {
        Required.text(runId, "runId");
        Required.text(articleId, "articleId");
        Required.value(result, "result");
    }

    /** What re-tagging one article did. */
    public enum Result {
        /** Its entities changed: it was published again with the running tagger's enrichment revision. */
        CHANGED,
        /** Its entities are as published (or the running tagger had already tagged it): nothing was published. */
        UNCHANGED,
        /** It could not be tagged (for example, it took longer than the tagging time limit): nothing was published. */
        FAILED
    }
}
