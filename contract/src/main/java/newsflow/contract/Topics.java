package newsflow.contract;

import java.util.List;

/**
 * The one place where newsflow's topic names are written down.
 *
 * <p>Every topic is keyed so that all versions of one article stay in order on one partition:
 * {@link #RAW} by the publisher's own key, the others by {@code articleId}.
 */
public final class Topics {

    /** Raw articles from publishers (JSON {@link RawArticle}), written by publishers and ingest's HTTP endpoint. */
    public static final String RAW = "articles.raw";

    /** Refusals of raw articles ({@link ArticleRejected}), written by ingest-service for publishers and operators. */
    public static final String REJECTED = "articles.rejected";

    /** Clean, versioned articles with zones ({@link ArticleIngested}), or a retraction tombstone. */
    public static final String INGESTED = "articles.ingested";

    /** Enriched articles ({@link ArticleEnriched}), or a retraction tombstone. Downstream systems subscribe here. */
    public static final String ENRICHED = "articles.enriched";

    /**
     * ingest-service's memory of the newest version of every article ({@link ArticleVersion}, keyed by
     * {@code articleId}), a compacted topic read back whole when ingest starts. It is what lets ingest drop exact
     * re-sends and refuse stale versions across restarts and across instances. Written and read by ingest only.
     */
    public static final String ARTICLE_VERSIONS = "articles.versions";

    /**
     * Requests to tag articles again after a tagger upgrade ({@link RetagRequest}, keyed by {@code articleId}),
     * written by {@code newsflow.jar retag} and read by enrich-service whenever {@link #INGESTED} has nothing waiting,
     * so new articles keep their latency.
     */
    public static final String RETAG = "articles.retag";

    /** What became of each re-tag request ({@link RetagOutcome}), for the {@code retag} command's progress. */
    public static final String RETAG_OUTCOMES = "articles.retag.outcomes";

    /** Suffix of the dead-letter topic each consumer writes records it could not process to. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    /** The topics the pipeline consumes from, in pipeline order. */
    public static final List<String> CONSUMED = List.of(RAW, INGESTED, ENRICHED, RETAG);

    /** Every pipeline topic, without the dead-letter topics. */
    public static final List<String> PIPELINE = List.of(RAW, REJECTED, INGESTED, ENRICHED, RETAG, RETAG_OUTCOMES);

    private Topics() {}

    /** The dead-letter topic of records consumed from {@code topic}, for example {@code articles.raw.dlt}. */
    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
