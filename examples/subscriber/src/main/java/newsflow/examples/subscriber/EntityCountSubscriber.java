package newsflow.examples.subscriber;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.EventJson;
import newsflow.contract.RetractionHeaders;
import newsflow.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;

/**
 * Reads {@code articles.enriched} from its beginning and keeps {@link EntityCounts} up to date: enriched articles
 * (new versions and re-tags) and retractions (tombstones with {@link RetractionHeaders}). A record it cannot read is
 * reported and skipped, never the end of the loop.
 *
 * <p>Its counts live in memory, so it reads the whole topic at each start and commits no offsets. A subscriber that
 * keeps its state in a store of its own would join a consumer group instead and commit its offsets with its
 * state.
 */
public final class EntityCountSubscriber implements Runnable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> settings;
    private final EntityCounts counts = new EntityCounts();
    private final Consumer<String> problems;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile KafkaConsumer<String, byte[]> consumer;

    /**
     * @param bootstrapServers the pipeline's Kafka
     * @param problems         told of each record that could not be read
     */
    public EntityCountSubscriber(String bootstrapServers, Consumer<String> problems) {
        this.problems = problems;
        this.settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "example-entity-counts");
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    }

    @Override
    public void run() {
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(settings)) {
            consumer = kafka;
            if (stopping.get()) {
                return;
            }
            List<TopicPartition> partitions = kafka.partitionsFor(Topics.ENRICHED).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            while (!stopping.get()) {
                for (ConsumerRecord<String, byte[]> record : kafka.poll(POLL)) {
                    apply(record);
                }
            }
        } catch (WakeupException ex) {
            // stopped
        } finally {
            consumer = null;
        }
    }

    /** Stops {@link #run()} from another thread. */
    public void stop() {
        stopping.set(true);
        KafkaConsumer<String, byte[]> running = consumer;
        if (running != null) {
            running.wakeup();
        }
    }

    /**
     * The counts; read them on the subscriber's thread, or after {@link #applied()} says it is where you need it
     * (the example prints a copy taken under the same rule).
     */
    public synchronized Map<String, Integer> top(int limit) {
        return counts.top(limit);
    }

    public synchronized int count(String entityId) {
        return counts.count(entityId);
    }

    public synchronized String name(String entityId) {
        return counts.name(entityId);
    }

    /** Records applied so far (articles and retractions, changing the counts or not). */
    public long applied() {
        return applied.get();
    }

    /** Records that could not be read. */
    public long skipped() {
        return skipped.get();
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            Optional<ArticleRetracted> retraction = RetractionHeaders.fromHeaders(record.key(), headers(record));
            if (retraction.isEmpty()) {
                skip(record, "a tombstone without retraction headers");
                return;
            }
            synchronized (this) {
                counts.apply(retraction.get());
            }
            applied.incrementAndGet();
            return;
        }
        ArticleEnriched article;
        try {
            article = EventJson.mapper().readValue(record.value(), ArticleEnriched.class);
        } catch (JacksonException | IllegalArgumentException ex) {
            skip(
                    record,
                    ex.getMessage() == null
                            ? "unreadable"
                            : ex.getMessage().lines().findFirst().orElse(""));
            return;
        }
        synchronized (this) {
            counts.apply(article);
        }
        applied.incrementAndGet();
    }

    private void skip(ConsumerRecord<String, byte[]> record, String why) {
        skipped.incrementAndGet();
        problems.accept("skipped " + record.topic() + "-" + record.partition() + "@" + record.offset() + ": " + why);
    }

    private static Map<String, byte[]> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return headers;
    }
}
