package newsflow.dashboard.flow;

import java.util.List;
import newsflow.contract.ConsumerGroups;
import newsflow.contract.Topics;

/**
 * A stage of the pipeline as the broker sees it: the consumer group that reads its input topic, and the topics it
 * writes.
 */
record Stage(String name, String group, String input, List<String> outputs) {

    /** The three stages, in pipeline order. */
    static final List<Stage> PIPELINE = List.of(
            new Stage("ingest", ConsumerGroups.INGEST, Topics.RAW, List.of(Topics.INGESTED, Topics.REJECTED)),
            new Stage("enrich", ConsumerGroups.ENRICH, Topics.INGESTED, List.of(Topics.ENRICHED)),
            new Stage("index", ConsumerGroups.INDEX, Topics.ENRICHED, List.of()));

    String deadLetterTopic() {
        return Topics.deadLetterOf(input);
    }
}
