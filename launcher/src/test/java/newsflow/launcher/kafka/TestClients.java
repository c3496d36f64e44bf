package newsflow.launcher.kafka;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka clients {@link LocalKafkaTests} use the broker with, as the services would: an admin client for topics
 * and settings, a producer that waits for the broker's acknowledgement, and a consumer group reading from the start.
 */
final class TestClients {

    static final Duration CLIENT_WAIT = Duration.ofSeconds(30);

    private TestClients() {}

    static void createTopic(LocalKafka kafka, String topic) {
        try (Admin admin = admin(kafka)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
                    .all()
                    .get(CLIENT_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception ex) {
            throw new IllegalStateException("could not create " + topic, ex);
        }
    }

    static Set<String> topicNames(LocalKafka kafka) throws Exception {
        try (Admin admin = admin(kafka)) {
            return admin.listTopics().names().get(CLIENT_WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    static Map<String, String> brokerSettings(LocalKafka kafka, String... names) throws Exception {
        return brokerSettingsOf(kafka, 1, names);
    }

    /** Settings of the broker with this node id, asked of this node. */
    static Map<String, String> brokerSettingsOf(LocalKafka kafka, int nodeId, String... names) throws Exception {
        ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, Integer.toString(nodeId));
        try (Admin admin = admin(kafka)) {
            Config config = admin.describeConfigs(List.of(broker))
                    .all()
                    .get(CLIENT_WAIT.toSeconds(), TimeUnit.SECONDS)
                    .get(broker);
            return Stream.of(names)
                    .collect(Collectors.toMap(
                            name -> name, name -> config.get(name).value()));
        }
    }

    private static Admin admin(LocalKafka kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    static void send(LocalKafka kafka, String topic, String key, String value) throws Exception {
        Map<String, Object> settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, BrokerConfig.MAX_MESSAGE_BYTES,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(CLIENT_WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** Reads the topic from its start with a new consumer group until {@code expected} records came back. */
    static List<String> readAll(LocalKafka kafka, String topic, int expected) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
            consumer.subscribe(List.of(topic));
            await("records on " + topic)
                    .atMost(CLIENT_WAIT)
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .until(() -> {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                            records.add(record.key() + "=" + record.value());
                        }
                        return records.size() >= expected;
                    });
        }
        return records;
    }
}
