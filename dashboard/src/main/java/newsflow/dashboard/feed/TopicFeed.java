package newsflow.dashboard.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRejected;
import newsflow.contract.EventJson;
import newsflow.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.core.JacksonException;

/**
 * Follows {@code articles.rejected}, the dead-letter topics and {@code articles.enriched} with a group-less consumer
 * of its own thread, from a little before their end, into the {@link Boards} and {@link RecentEntities}. New partitions and topics are picked up
 * as they appear. Reading commits nothing and takes nothing from the pipeline's consumers.
 */
final class TopicFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicFeed.class);
    private static final Duration REASSIGN_EVERY = Duration.ofSeconds(10);

    private final Map<String, Object> consumerSettings;
    private final Boards boards;
    private final RecentEntities recentEntities;
    private final int backlog;
    private final List<String> topics = new ArrayList<>();
    private volatile boolean running;
    private KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    TopicFeed(Map<String, Object> consumerSettings, Boards boards, RecentEntities recentEntities, int backlog) {
        this.consumerSettings = consumerSettings;
        this.boards = boards;
        this.recentEntities = recentEntities;
        this.backlog = backlog;
        topics.add(Topics.REJECTED);
        topics.add(Topics.ENRICHED);
        Topics.CONSUMED.forEach(topic -> topics.add(Topics.deadLetterOf(topic)));
    }

    @Override
    public synchronized void start() {
        consumer = new KafkaConsumer<>(consumerSettings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(this::follow, "dashboard-feed");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void follow() {
        Set<TopicPartition> assigned = new HashSet<>();
        Instant nextAssignment = Instant.MIN;
        try (KafkaConsumer<byte[], byte[]> reading = consumer) {
            while (running) {
                if (Instant.now().isAfter(nextAssignment)) {
                    assignNewPartitions(assigned);
                    nextAssignment = Instant.now().plus(REASSIGN_EVERY);
                }
                if (assigned.isEmpty()) {
                    consumer.poll(Duration.ofMillis(500));
                    continue;
                }
                consumer.poll(Duration.ofMillis(500)).forEach(this::dispatch);
            }
        } catch (WakeupException ex) {
            // Stopping.
        } catch (RuntimeException ex) {
            log.error("The dashboard stopped following the pipeline's topics", ex);
        }
    }

    private void assignNewPartitions(Set<TopicPartition> assigned) {
        List<TopicPartition> found = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(5))
                    .forEach(info -> found.add(new TopicPartition(topic, info.partition())));
        }
        List<TopicPartition> fresh = found.stream()
                .filter(partition -> !assigned.contains(partition))
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        assigned.addAll(fresh);
        consumer.assign(assigned);
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(fresh);
        consumer.endOffsets(fresh)
                .forEach((partition, end) -> consumer.seek(partition, Math.max(begin.get(partition), end - backlog)));
    }

    private void dispatch(ConsumerRecord<byte[], byte[]> record) {
        try {
            if (record.topic().equals(Topics.REJECTED)) {
                boards.addRejection(EventJson.mapper().readValue(record.value(), ArticleRejected.class));
            } else if (record.topic().equals(Topics.ENRICHED)) {
                followEnriched(record);
            } else {
                boards.addDeadLetter(DeadLetterHeaders.read(record));
            }
        } catch (JacksonException | IllegalArgumentException ex) {
            log.debug("Skipped an unreadable record {}-{}@{}", record.topic(), record.partition(), record.offset());
        }
    }

    private void followEnriched(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            if (record.key() != null) {
                boards.removeArticle(new String(record.key(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return;
        }
        ArticleEnriched article = EventJson.mapper().readValue(record.value(), ArticleEnriched.class);
        boards.addArticle(article);
        recentEntities.add(article);
    }
}
