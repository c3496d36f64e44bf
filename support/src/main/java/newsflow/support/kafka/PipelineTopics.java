package newsflow.support.kafka;

import java.util.ArrayList;
import java.util.List;
import newsflow.contract.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The shape of every topic newsflow has, in one place: the services declare them from here when they may create
 * topics (a local run), and the operators' setup creates them from here when they may not (a secured cluster).
 */
public final class PipelineTopics {

    private PipelineTopics() {}

    /** The pipeline topics and the dead-letter topic of each consumed topic, which every service declares. */
    public static List<NewTopic> shared(PipelineKafkaProperties.Topics shape) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.PIPELINE) {
            topics.add(topic(topic, shape));
        }
        for (String topic : Topics.CONSUMED) {
            topics.add(topic(Topics.deadLetterOf(topic), shape));
        }
        return topics;
    }

    /**
     * {@code articles.versions}, which only ingest-service declares. Compacted: only the newest record of each
     * article is kept, which is all ingest's table needs.
     */
    public static NewTopic articleVersions(PipelineKafkaProperties.Topics shape) {
        return TopicBuilder.name(Topics.ARTICLE_VERSIONS)
                .partitions(shape.partitions())
                .replicas(shape.replicationFactor())
                .compact()
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(shape.minInsyncReplicas()))
                .build();
    }

    /** Every topic of newsflow: the shared ones and {@code articles.versions}. */
    public static List<NewTopic> all(PipelineKafkaProperties.Topics shape) {
        List<NewTopic> topics = new ArrayList<>(shared(shape));
        topics.add(articleVersions(shape));
        return topics;
    }

    /**
     * How long a superseded version stays on {@code articles.ingested} before compaction may remove it: a week, so
     * that a consumer days behind still reads every version.
     */
    static final long INGESTED_MIN_COMPACTION_LAG_MS = 7L * 24 * 60 * 60 * 1000;

    /**
     * A pipeline topic. {@code articles.ingested} is compacted: it keeps the newest version of every article for as
     * long as the topic exists (a retraction, a tombstone, removes the article after a day), so that a re-tag after a
     * tagger upgrade can reach the whole corpus; the other topics keep what the broker's retention keeps.
     */
    private static NewTopic topic(String name, PipelineKafkaProperties.Topics shape) {
        TopicBuilder topic = TopicBuilder.name(name)
                .partitions(shape.partitions())
                .replicas(shape.replicationFactor())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(shape.maxMessageBytes()))
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(shape.minInsyncReplicas()));
        if (Topics.INGESTED.equals(name)) {
            topic.compact()
                    .config(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, Long.toString(INGESTED_MIN_COMPACTION_LAG_MS));
        }
        return topic.build();
    }
}
