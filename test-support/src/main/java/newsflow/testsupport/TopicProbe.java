package newsflow.testsupport;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Writes records to, and reads records from, the topics of a real broker the way an outside client would: a
 * producer that waits for the broker's acknowledgement, and a group-less consumer that reads a topic from its
 * beginning to its current end.
 */
public final class TopicProbe {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    private final Supplier<String> bootstrapServers;

    public TopicProbe(Supplier<String> bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * How long a send may wait for the broker's acknowledgement: as long as the producer's own delivery timeout
     * ({@code delivery.timeout.ms}, two minutes), so that a broker slowed by a loaded machine is waited for rather
     * than taken for lost.
     */
    private static final Duration SEND_WAIT = Duration.ofMinutes(2);

    /**
     * Creates the topics the broker does not have yet (three partitions each), for tests that read or write pipeline
     * topics without starting the service that would declare them.
     */
    public void createIfMissing(String... topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers.get()))) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1)))
                            .all()
                            .get(30, TimeUnit.SECONDS);
                } catch (ExecutionException ex) {
                    if (!(ex.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create " + topic, ex.getCause());
                    }
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        } catch (TimeoutException ex) {
            throw new IllegalStateException("the broker did not create the topics in time", ex);
        }
    }

    /** Sends one record and waits until the broker has it. */
    public RecordMetadata send(String topic, String key, byte[] value, Map<String, byte[]> headers) {
        return sendBytes(topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value, headers);
    }

    /** Sends one record whose key is raw bytes, which need not be text. */
    public RecordMetadata sendBytes(String topic, byte[] key, byte[] value, Map<String, byte[]> headers) {
        var record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, header) -> record.headers().add(new RecordHeader(name, header)));
        try (var producer = new KafkaProducer<byte[], byte[]>(producerSettings())) {
            return producer.send(record).get(SEND_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        } catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("could not send to " + topic, ex);
        }
    }

    /** Sends many records through one producer, waiting until the broker has them all. */
    public void sendAll(List<ProducerRecord<byte[], byte[]>> records) {
        try (var producer = new KafkaProducer<byte[], byte[]>(producerSettings())) {
            List<java.util.concurrent.Future<RecordMetadata>> sent = new ArrayList<>();
            records.forEach(record -> sent.add(producer.send(record)));
            producer.flush();
            for (var future : sent) {
                future.get(SEND_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        } catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("could not send " + records.size() + " records", ex);
        }
    }

    public RecordMetadata send(String topic, String key, byte[] value) {
        return send(topic, key, value, Map.of());
    }

    public RecordMetadata send(String topic, String key, String value) {
        return send(topic, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** Every record the topic holds now, partition by partition in offset order. */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        try (var consumer = new KafkaConsumer<String, byte[]>(consumerSettings())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The records with this key the topic holds now. */
    public List<ConsumerRecord<String, byte[]>> readWithKey(String topic, String key) {
        return readAll(topic).stream()
                .filter(record -> key.equals(record.key()))
                .toList();
    }

    /** Waits up to a minute for a record that matches, and returns the first one. */
    public ConsumerRecord<String, byte[]> awaitRecord(String topic, Predicate<ConsumerRecord<String, byte[]>> match) {
        return awaitRecord(topic, match, DEFAULT_WAIT);
    }

    public ConsumerRecord<String, byte[]> awaitRecord(
            String topic, Predicate<ConsumerRecord<String, byte[]>> match, Duration wait) {
        return await("a matching record on " + topic)
                .atMost(wait)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> readAll(topic).stream().filter(match).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** Waits up to a minute for a record with this key. */
    public ConsumerRecord<String, byte[]> awaitKey(String topic, String key) {
        return awaitRecord(topic, record -> key.equals(record.key()));
    }

    /** A record's value as UTF-8 text, or null for a tombstone. */
    public static String text(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }

    /** A record header's value as UTF-8 text, or null when the record has no such header. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Map<String, Object> producerSettings() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers.get(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                8_388_608,
                ProducerConfig.ACKS_CONFIG,
                "all");
    }

    private Map<String, Object> consumerSettings() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers.get(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                false);
    }
}
