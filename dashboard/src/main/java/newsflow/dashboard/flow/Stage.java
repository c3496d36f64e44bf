package newsflow.dashboard.flow;

import java.util.List;
import newsflow.contract.ConsumerGroups;
import newsflow.contract.Topics;

/**
 * A stage of the pipeline as the broker sees it: the consumer group that reads its input topic, and the topics it
 * writes.
 */
record Stage(String name, String group, String input, List<String> outputs) {

    /**
     * The three stages, in pipeline order, then re-tagging: enrich-service serving the re-tag requests of a tagger
     * upgrade while no new article waits, whose lag is the requests still to serve.
     */
    static final List<Stage> PIPELINE = List.of(
            new Stage("ingest", ConsumerGroups.INGEST, Topics.RAW, List.of(Topics.INGESTED, Topics.REJECTED)),
            new Stage("enrich", ConsumerGroups.ENRICH, Topics.INGESTED, List.of(Topics.ENRICHED)),
            new Stage("index", ConsumerGroups.INDEX, Topics.ENRICHED, List.of()),
            new Stage(
                    "retag",
                    ConsumerGroups.ENRICH_RETAG,
                    Topics.RETAG,
                    List.of(Topics.ENRICHED, Topics.RETAG_OUTCOMES)));

    String deadLetterTopic() {
        return Topics.deadLetterOf(input);
    }
}
