package newsflow.ingest.lifecycle;

/** Where the newest accepted version of every article is kept, read by article id. */
interface VersionStore {

    /** The newest version recorded of an article, or null when none is. */
    SeenVersion get(String articleId);

    /** About how many articles it holds: an estimate, for gauges and health. */
    long approximateCount();
}
