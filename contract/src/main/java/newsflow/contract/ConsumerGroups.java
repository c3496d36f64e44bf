package newsflow.contract;

/** The consumer groups of the pipeline's stages, which operators watch for lag. */
public final class ConsumerGroups {

    /** ingest-service, reading {@link Topics#RAW}. */
    public static final String INGEST = "newsflow-ingest";

    /** enrich-service, reading {@link Topics#INGESTED}. */
    public static final String ENRICH = "newsflow-enrich";

    /** enrich-service, reading {@link Topics#RETAG} when {@link Topics#INGESTED} has nothing waiting. */
    public static final String ENRICH_RETAG = "newsflow-enrich-retag";

    /** index-service, reading {@link Topics#ENRICHED}. */
    public static final String INDEX = "newsflow-index";

    private ConsumerGroups() {}
}
