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

    private static NewTopic topic(String name, PipelineKafkaProperties.Topics shape) {
        return TopicBuilder.name(name)
                .partitions(shape.partitions())
                .replicas(shape.replicationFactor())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(shape.maxMessageBytes()))
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(shape.minInsyncReplicas()))
                .build();
    }
}
