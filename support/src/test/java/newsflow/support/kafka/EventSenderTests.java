package newsflow.support.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import newsflow.testsupport.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

class EventSenderTests {

    @Test
    void reportsARecordAsNotSentWhenNoBrokerAnswersForTheTopic() throws IOException {
        var producers = producers("localhost:" + closedPort(), 300);
        var sender = new EventSender(new KafkaTemplate<>(producers), Duration.ofSeconds(5), new SimpleMeterRegistry());
        try {
            assertThatThrownBy(() -> sender.send("articles.raw", "key", new byte[] {1}))
                    .isInstanceOf(EventSender.EventNotSentException.class)
                    .hasMessageContaining("could not send to articles.raw");
        } finally {
            producers.destroy();
        }
    }

    @Test
    void sendsTheRecordsOfAPollTogetherInTheirOrderAndCountsThem() throws Exception {
        String topic = "event-sender-" + UUID.randomUUID();
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        var registry = new SimpleMeterRegistry();
        var producers = producers(TestKafka.bootstrapServers(), 10_000);
        var sender = new EventSender(new KafkaTemplate<>(producers), Duration.ofSeconds(20), registry);
        try {
            List<ProducerRecord<String, Object>> records = List.of(
                    EventSender.record(topic, "a", bytes("first"), Map.of("h", bytes("1"))),
                    EventSender.record(topic, "a", bytes("second"), Map.of()),
                    EventSender.record(topic, "a", null, Map.of("h", bytes("3"))));

            sender.sendAll(records);

            assertThat(registry.counter("newsflow.records.out", "topic", topic).count())
                    .isEqualTo(3);
            assertThat(read(topic, 3))
                    .extracting(record -> record.value() == null ? null : new String(record.value(), UTF_8))
                    .containsExactly("first", "second", null);
        } finally {
            producers.destroy();
        }
    }

    @Test
    void namesTheFirstRecordOfAPollTheBrokerDoesNotHave() throws IOException {
        var registry = new SimpleMeterRegistry();
        var producers = producers("localhost:" + closedPort(), 300);
        var sender = new EventSender(new KafkaTemplate<>(producers), Duration.ofSeconds(5), registry);
        try {
            assertThatThrownBy(() -> sender.sendAll(List.of(
                            EventSender.record("articles.enriched", "a", bytes("x"), Map.of()),
                            EventSender.record("articles.enriched", "b", bytes("y"), Map.of()))))
                    .isInstanceOfSatisfying(
                            EventSender.RecordsNotSentException.class,
                            ex -> assertThat(ex.index()).isZero())
                    .hasMessageContaining("could not send to articles.enriched");
            assertThat(registry.find("newsflow.records.out").counter()).isNull();
        } finally {
            producers.destroy();
        }
    }

    private static DefaultKafkaProducerFactory<String, Object> producers(String bootstrapServers, int maxBlockMs) {
        return new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                maxBlockMs,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class));
    }

    private static List<ConsumerRecord<String, byte[]>> read(String topic, int count) {
        try (var consumer = new KafkaConsumer<String, byte[]>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestKafka.bootstrapServers(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            consumer.seekToBeginning(List.of(new TopicPartition(topic, 0)));
            List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
            await("records read").atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
                return read.size() >= count;
            });
            return read;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
