package newsflow.launcher.batch;

/** What became of one input line: an enriched article to write, or why there is none. */
sealed interface LineOutcome {

    long line();

    /** The enriched article, as one line of {@code articles.enriched} JSON. */
    record Enriched(long line, byte[] json) implements LineOutcome {}

    /** Refused by ingest's checks, or given up on by the tagger: reported on stderr and counted. */
    record Refused(long line, String reason) implements LineOutcome {}

    /** Nothing to enrich, such as a retraction: reported on stderr and counted. */
    record Skipped(long line, String reason) implements LineOutcome {}
}
