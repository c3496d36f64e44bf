package newsflow.launcher.cli;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * How the command-line tools read pipeline topics: without a consumer group (they assign partitions themselves and
 * commit nothing, so they take nothing from the pipeline's consumers), committed records only, never creating a
 * topic, text keys and raw values.
 */
public final class TopicReading {

    private TopicReading() {}

    /**
     * A consumer of that kind.
     *
     * @param kafkaProperties further client settings (security, for example), which these settings override
     * @param timeout         how long a call to the brokers may wait
     */
    public static KafkaConsumer<String, byte[]> consumer(
            String bootstrapServers, Map<String, String> kafkaProperties, Duration timeout, String clientId) {
        Map<String, Object> settings = new HashMap<>(kafkaProperties);
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(settings);
    }

    /** Every partition of the topic; none when the topic does not exist. */
    public static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic, Duration timeout) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        return infos == null
                ? List.of()
                : infos.stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition()))
                        .toList();
    }
}
