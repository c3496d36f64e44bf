package newsflow.dashboard.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads offsets and lag from the broker with the Kafka admin client, and the timestamp of each group's oldest
 * unconsumed record with a group-less consumer that reads just that one record.
 */
final class OffsetSampler implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 10;

    private final Admin admin;
    private final Consumer<byte[], byte[]> peeker;
    private final List<String> topics;
    private final Map<String, String> inputs;

    /**
     * @param topics the topics whose end offsets are sampled
     * @param inputs each consumer group's input topic: the only one whose lag, and oldest unread record, it has
     */
    OffsetSampler(Admin admin, Consumer<byte[], byte[]> peeker, List<String> topics, Map<String, String> inputs) {
        this.admin = admin;
        this.peeker = peeker;
        this.topics = topics;
        this.inputs = inputs;
    }

    OffsetSample sample(Instant now) {
        List<TopicPartition> partitions = partitions();
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
        Map<String, Map<TopicPartition, Long>> committed = new HashMap<>();
        Map<String, Map<TopicPartition, Instant>> oldest = new HashMap<>();
        this.inputs.forEach((group, input) -> {
            Map<TopicPartition, Long> offsets = onTopic(starts, input);
            offsets.putAll(onTopic(committedOffsets(group), input));
            committed.put(group, offsets);
            oldest.put(group, oldestUnread(offsets, ends));
        });
        return new OffsetSample(now, ends, committed, oldest);
    }

    /** The offsets of the topic's partitions only. */
    private static Map<TopicPartition, Long> onTopic(Map<TopicPartition, Long> offsets, String topic) {
        Map<TopicPartition, Long> on = new HashMap<>();
        offsets.forEach((partition, offset) -> {
            if (partition.topic().equals(topic)) {
                on.put(partition, offset);
            }
        });
        return on;
    }

    private List<TopicPartition> partitions() {
        Map<String, KafkaFuture<TopicDescription>> described =
                admin.describeTopics(topics).topicNameValues();
        List<TopicPartition> partitions = new ArrayList<>();
        described.forEach((topic, future) -> {
            try {
                future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                        .partitions()
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            } catch (ExecutionException ex) {
                // The topic does not exist yet: nothing to show for it.
            } catch (InterruptedException | TimeoutException ex) {
                throw unavailable(ex);
            }
        });
        return partitions;
    }

    private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
        partitions.forEach(partition -> specs.put(partition, spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        try {
            admin.listOffsets(specs)
                    .all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .forEach((partition, info) -> offsets.put(partition, info.offset()));
        } catch (ExecutionException | InterruptedException | TimeoutException ex) {
            throw unavailable(ex);
        }
        return offsets;
    }

    private Map<TopicPartition, Long> committedOffsets(String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, Long> committed = new HashMap<>();
            offsets.forEach((partition, offset) -> {
                if (offset != null) {
                    committed.put(partition, offset.offset());
                }
            });
            return committed;
        } catch (ExecutionException | InterruptedException | TimeoutException ex) {
            throw unavailable(ex);
        }
    }

    /** The timestamp of the first record each lagging partition's group has not consumed. */
    private Map<TopicPartition, Instant> oldestUnread(
            Map<TopicPartition, Long> committed, Map<TopicPartition, Long> ends) {
        Map<TopicPartition, Instant> oldest = new HashMap<>();
        committed.forEach((partition, offset) -> {
            Long end = ends.get(partition);
            if (end != null && offset < end) {
                peek(partition, offset).ifPresent(timestamp -> oldest.put(partition, timestamp));
            }
        });
        return oldest;
    }

    private java.util.Optional<Instant> peek(TopicPartition partition, long offset) {
        peeker.assign(List.of(partition));
        peeker.seek(partition, offset);
        ConsumerRecords<byte[], byte[]> records = peeker.poll(Duration.ofMillis(500));
        return records.records(partition).stream().findFirst().map(record -> Instant.ofEpochMilli(record.timestamp()));
    }

    private static IllegalStateException unavailable(Exception ex) {
        if (ex instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new IllegalStateException("the broker did not answer: " + ex.getMessage(), ex);
    }

    @Override
    public void close() {
        peeker.close();
        admin.close(Duration.ofSeconds(5));
    }
}
