package newsflow.launcher.retag;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import newsflow.launcher.cli.TopicReading;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a topic from its beginning to the end it has when the scan starts: every partition at once, each in order
 * (which is all the order an article's records have, as each article stays on one partition).
 */
final class TopicScan {

    private static final Duration POLL = Duration.ofMillis(500);

    private TopicScan() {}

    /**
     * Gives every record of the topic, up to the end each partition had at the start, to {@code each}.
     *
     * @throws IllegalStateException when the topic does not exist
     */
    static void each(
            KafkaConsumer<String, byte[]> consumer,
            String topic,
            Duration timeout,
            Consumer<ConsumerRecord<String, byte[]>> each) {
        List<TopicPartition> partitions = TopicReading.partitions(consumer, topic, timeout);
        if (partitions.isEmpty()) {
            throw new IllegalStateException("there is no topic " + topic);
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition, timeout) < ends.get(partition))) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    each.accept(record);
                }
            }
        }
        consumer.assign(List.of());
    }
}
