package newsflow.dashboard.flow;

import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * What the broker said at one moment: the end offset of every watched partition, the offsets each stage's consumer
 * group has committed, and the age of the oldest record each group has not consumed yet.
 *
 * @param at             when the sample was taken
 * @param endOffsets     end offset per partition
 * @param committed      committed offset per group and partition; the log start where a group has committed none
 * @param oldestUnread   timestamp of the first unconsumed record per group and partition, where one is waiting
 */
record OffsetSample(
        Instant at,
        Map<TopicPartition, Long> endOffsets,
        Map<String, Map<TopicPartition, Long>> committed,
        Map<String, Map<TopicPartition, Instant>> oldestUnread) {

    long endOffset(String topic) {
        return endOffsets.entrySet().stream()
                .filter(entry -> entry.getKey().topic().equals(topic))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    long committed(String group) {
        return committed.getOrDefault(group, Map.of()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }
}
