package newsflow.ingest.lifecycle;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import newsflow.contract.ArticleVersion;
import newsflow.contract.EventJson;
import newsflow.contract.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Reads the compacted topic {@code articles.versions} whole into the {@link VersionTable} when ingest starts, then
 * follows it, so every instance knows the versions every other instance accepted (like a global table: raw
 * articles are keyed by the publisher, not by article, so two versions of one article may reach two instances).
 *
 * <p>It starts before the listeners and the web server and {@link #start()} returns only once the topic is read to
 * the end it had at start, so no raw article is checked against a half-read table, and the service is not ready
 * before. If the topic cannot be read within the load timeout, the service does not start.
 */
class ArticleVersionsFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ArticleVersionsFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final ConsumerFactory<String, byte[]> consumers;
    private final VersionTable table;
    private final Duration loadTimeout;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private volatile boolean running;
    private volatile Consumer<String, byte[]> consumer;
    private Thread follower;

    ArticleVersionsFeed(ConsumerFactory<String, byte[]> consumers, VersionTable table, Duration loadTimeout) {
        this.consumers = consumers;
        this.table = table;
        this.loadTimeout = loadTimeout;
    }

    @Override
    public void start() {
        long started = System.nanoTime();
        running = true;
        follower = new Thread(this::follow, "ingest-article-versions");
        follower.setDaemon(true);
        follower.start();
        if (!awaitLoaded()) {
            stop();
            throw new IllegalStateException("could not read " + Topics.ARTICLE_VERSIONS + " within " + loadTimeout
                    + " (newsflow.ingest.versions-load-timeout); is the broker reachable?");
        }
        log.info(
                "Read the versions of {} articles from {} in {} ms",
                table.size(),
                Topics.ARTICLE_VERSIONS,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Whether the topic has been read to the end it had at start, and is being followed. */
    boolean isLoaded() {
        return running && loaded.getCount() == 0 && follower.isAlive();
    }

    private boolean awaitLoaded() {
        try {
            return loaded.await(loadTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void follow() {
        while (running) {
            try (Consumer<String, byte[]> reader =
                    consumers.createConsumer(null, "ingest-versions", null, readerSettings())) {
                consumer = reader;
                readFromStart(reader);
            } catch (WakeupException ex) {
                log.debug("Stopped following {}", Topics.ARTICLE_VERSIONS);
            } catch (RuntimeException ex) {
                if (running) {
                    log.warn(
                            "Reading {} failed; reading it again from the start: {}",
                            Topics.ARTICLE_VERSIONS,
                            ex.toString());
                    pause();
                }
            }
        }
    }

    private void readFromStart(Consumer<String, byte[]> reader) {
        List<TopicPartition> partitions = reader.partitionsFor(Topics.ARTICLE_VERSIONS).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            throw new IllegalStateException(Topics.ARTICLE_VERSIONS + " does not exist yet");
        }
        reader.assign(partitions);
        reader.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = reader.endOffsets(partitions);
        while (running) {
            for (ConsumerRecord<String, byte[]> record : reader.poll(POLL)) {
                apply(record);
            }
            if (loaded.getCount() > 0 && partitions.stream().allMatch(p -> reader.position(p) >= end.get(p))) {
                loaded.countDown();
            }
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        try {
            ArticleVersion version = EventJson.mapper().readValue(record.value(), ArticleVersion.class);
            if (version.articleId().equals(record.key())) {
                table.remember(version);
                return;
            }
        } catch (RuntimeException ex) {
            log.debug("Unreadable version record", ex);
        }
        log.warn(
                "Skipped a record of {} that is no version of its key {} (partition {}, offset {})",
                Topics.ARTICLE_VERSIONS,
                record.key(),
                record.partition(),
                record.offset());
    }

    private static Properties readerSettings() {
        var settings = new Properties();
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return settings;
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE.toMillis());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void stop() {
        running = false;
        Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (follower != null) {
            try {
                follower.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Before the web server (phase {@code DEFAULT_PHASE - 2048}) and the listener containers
     * ({@code DEFAULT_PHASE - 100}), so no raw article is checked against a table that is not loaded yet.
     */
    @Override
    public int getPhase() {
        return PHASE;
    }
}
