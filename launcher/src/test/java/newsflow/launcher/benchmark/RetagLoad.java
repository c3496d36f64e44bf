package newsflow.launcher.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsflow.contract.ArticleIngested;
import newsflow.contract.EventJson;
import newsflow.contract.RetagRequest;
import newsflow.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Load for the re-tag measurement of docs/benchmarks.md: every article record on {@code articles.ingested} sent to
 * {@code articles.retag} as a request with nothing published, so that enrich-service tags each one and publishes it
 * again, as after a tagger upgrade that changes every article ({@code newsflow.jar retag} skips the tagging of what the
 * running tagger already tagged). Arguments: the bootstrap servers and a run id.
 */
public final class RetagLoad {

    private RetagLoad() {}

    public static void main(String[] args) {
        String servers = args.length > 0 ? args[0] : "localhost:9092";
        String runId = args.length > 1 ? args[1] : "retag-load-" + System.currentTimeMillis();
        Map<String, Object> consumerSettings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        Map<String, Object> producerSettings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                servers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class);
        long sent = 0;
        try (var consumer = new KafkaConsumer<String, byte[]>(consumerSettings);
                var producer = new KafkaProducer<String, byte[]>(producerSettings)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.INGESTED).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null) {
                        var article = EventJson.mapper().readValue(record.value(), ArticleIngested.class);
                        var request = new RetagRequest(runId, article, null);
                        producer.send(new ProducerRecord<>(
                                Topics.RETAG, record.key(), EventJson.mapper().writeValueAsBytes(request)));
                        sent++;
                    }
                }
            }
            producer.flush();
        }
        System.out.println("retag-load: " + sent + " requests sent to " + Topics.RETAG + " as run " + runId);
    }
}
