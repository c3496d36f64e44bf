package newsflow.support.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the cluster gives the pipeline topics the guarantees this service is configured for: enough partitions,
 * replicas and {@code min.insync.replicas}, enough brokers for the replication factor, and enough replicas in sync
 * to take a write. Each shortfall is said in one sentence naming the topic and the setting. Free of Kafka's client:
 * {@link KafkaTopicsHealthIndicator} observes the cluster and hands it over.
 */
final class TopicShapes {

    private TopicShapes() {}

    /**
     * What the cluster has of one topic: empty when it does not exist.
     *
     * @param partitions        its partitions
     * @param replicas          the fewest replicas any of its partitions has
     * @param minInsyncReplicas its {@code min.insync.replicas}
     * @param fewestInSync      the fewest replicas in sync of any partition, and that partition
     */
    record Observed(int partitions, int replicas, int minInsyncReplicas, int fewestInSync, int partitionWithFewest) {}

    /** Every shortfall of the cluster against the configured shape, in a sentence each; empty when there is none. */
    static List<String> problems(
            PipelineKafkaProperties.Topics configured, int brokers, Map<String, Optional<Observed>> topics) {
        List<String> problems = new ArrayList<>();
        if (brokers < configured.replicationFactor()) {
            problems.add("the cluster has " + brokers + " broker(s), fewer than the replication factor "
                    + configured.replicationFactor() + " (newsflow.kafka.topics.replication-factor)");
        }
        topics.forEach((name, observed) -> {
            if (observed.isEmpty()) {
                problems.add("topic " + name + " does not exist");
                return;
            }
            Observed topic = observed.get();
            if (topic.partitions() < configured.partitions()) {
                problems.add(name + " has " + topic.partitions() + " partition(s), " + configured.partitions()
                        + " configured (newsflow.kafka.topics.partitions)");
            }
            if (topic.replicas() < configured.replicationFactor()) {
                problems.add(name + " has " + topic.replicas() + " replica(s) of a partition, "
                        + configured.replicationFactor() + " configured (newsflow.kafka.topics.replication-factor)");
            }
            if (topic.minInsyncReplicas() < configured.minInsyncReplicas()) {
                problems.add(name + " has min.insync.replicas=" + topic.minInsyncReplicas() + ", "
                        + configured.minInsyncReplicas() + " configured (newsflow.kafka.topics.min-insync-replicas)");
            }
            if (topic.fewestInSync() < topic.minInsyncReplicas()) {
                problems.add(name + " partition " + topic.partitionWithFewest() + " has " + topic.fewestInSync()
                        + " replica(s) in sync, fewer than its min.insync.replicas=" + topic.minInsyncReplicas()
                        + ": writes to it are refused");
            }
        });
        return problems;
    }
}
