package newsflow.ingest.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newsflow.contract.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.FileSystemUtils;

/**
 * The newest version of every article, as a Kafka Streams global store of the compacted topic
 * {@code articles.versions}, kept in RocksDB on this instance's disk: every instance knows the versions every other
 * instance accepted (raw articles are keyed by publisher, not by article, so two versions of one article may reach
 * two instances), and the heap does not grow with the history.
 *
 * <p>At the first start the topic is read whole into the local store; at a restart on the same state directory
 * only what was written since the last checkpoint is read. {@link #start()} returns only once the store has read the
 * topic to the end it had at start, before the listeners and the web server start, so no raw article is checked
 * against a half-read table and the service is not ready before. If that takes longer than the load timeout, the
 * service does not start. Should the store's thread fail later, the store is opened again and, until it is back,
 * checks fail with {@link VersionsUnavailableException} (a listener retries them, an HTTP publisher is told to try
 * again later; the service is not ready).
 *
 * <p>The store keeps, for each article, the newest version read ({@link NewestVersionKeeper}) in 17 bytes
 * ({@link SeenVersion}), so that a new instance reads the topic into it at a few hundred thousand versions a second
 * and the store takes about 50 bytes of disk per article.
 */
class ArticleVersionsStore implements VersionStore, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ArticleVersionsStore.class);
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;
    static final String STORE = "article-versions";
    static final String APPLICATION_ID = "newsflow-ingest-versions";
    private static final Duration SETTLE_EVERY = Duration.ofSeconds(1);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> kafkaSettings;
    private final Path configuredStateDir;
    private final Duration loadTimeout;
    private VersionTable table;
    private volatile KafkaStreams streams;
    private volatile ReadOnlyKeyValueStore<String, byte[]> store;
    private volatile boolean running;
    private Path stateDir;
    private ScheduledExecutorService chores;
    private volatile long loadMillis;
    private volatile boolean following;
    private final RestoreBatch restoring = new RestoreBatch();

    /**
     * @param kafkaSettings the service's Kafka client settings (servers, security)
     * @param stateDir      where the local store lives, kept between restarts; null for a new temporary directory,
     *                      deleted at stop, so every start reads the whole topic
     * @param loadTimeout   how long the first read of the topic may take
     */
    ArticleVersionsStore(Map<String, Object> kafkaSettings, Path stateDir, Duration loadTimeout) {
        this.kafkaSettings = kafkaSettings;
        this.configuredStateDir = stateDir;
        this.loadTimeout = loadTimeout;
    }

    /** The table whose pending versions this store settles as it reads them back. */
    void settles(VersionTable table) {
        this.table = table;
    }

    @Override
    public void start() {
        long started = System.nanoTime();
        stateDir = configuredStateDir != null ? configuredStateDir : temporaryDirectory();
        running = true;
        chores = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ingest-article-versions-chores");
            thread.setDaemon(true);
            return thread;
        });
        if (!open()) {
            stop();
            throw new IllegalStateException("could not read " + Topics.ARTICLE_VERSIONS + " within " + loadTimeout
                    + " (newsflow.ingest.versions-load-timeout); is the broker reachable?");
        }
        if (table != null) {
            chores.scheduleWithFixedDelay(
                    table::settle, SETTLE_EVERY.toMillis(), SETTLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
        loadMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        log.info(
                "Versions of about {} articles ready from {} in {} ms (local store {})",
                approximateCount(),
                Topics.ARTICLE_VERSIONS,
                loadMillis,
                stateDir);
    }

    /** Starts the global table and waits until it has read the topic; false if it did not in time. */
    private boolean open() {
        var ready = new CountDownLatch(1);
        var opened = new KafkaStreams(topology(), settings());
        opened.setStateListener((now, before) -> {
            following = now == KafkaStreams.State.RUNNING;
            if (now == KafkaStreams.State.RUNNING) {
                ready.countDown();
            } else if (now == KafkaStreams.State.ERROR && running) {
                log.warn("The table of {} failed; starting it again", Topics.ARTICLE_VERSIONS);
                chores.execute(this::reopen);
            }
        });
        opened.setGlobalStateRestoreListener(restoring);
        streams = opened;
        opened.start();
        try {
            if (!ready.await(loadTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
        store = opened.store(
                StoreQueryParameters.fromNameAndType(STORE, QueryableStoreTypes.<String, byte[]>keyValueStore()));
        return true;
    }

    private void reopen() {
        store = null;
        close(streams);
        if (running && !open()) {
            log.warn("The table of {} did not come back within {}", Topics.ARTICLE_VERSIONS, loadTimeout);
        }
    }

    private Topology topology() {
        var builder = new StreamsBuilder();
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.ByteArray())
                        .withLoggingDisabled()
                        .withCachingDisabled(),
                Topics.ARTICLE_VERSIONS,
                Consumed.with(Serdes.String(), Serdes.ByteArray()),
                () -> new NewestVersionKeeper(() -> following, restoring));
        return builder.build();
    }

    private Properties settings() {
        var settings = new Properties();
        kafkaSettings.forEach((name, value) -> {
            if (isConnectionSetting(name)) {
                settings.put(name, value);
            }
        });
        settings.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        settings.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        settings.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        // The table is first read one partition after another, each from its start to its end. The fetch the
        // consumer sends ahead for a partition it has read to the end waits on the broker for new records, for
        // fetch.max.wait.ms (500 ms by default), and holds back the next partition's offset request on the same
        // connection: 6 s lost on 12 partitions. 50 ms loses 0.6 s, and costs the broker 20 empty fetches a second.
        settings.put(StreamsConfig.globalConsumerPrefix("fetch.max.wait.ms"), 50);
        // While it follows the topic, a fetch takes what came in those 50 ms, not each version as it is written:
        // one fetch an article kept the broker busy under load. This instance's own versions are in its table
        // before they are read back (VersionTable), so only other instances' versions arrive up to 50 ms later.
        settings.put(StreamsConfig.globalConsumerPrefix("fetch.min.bytes"), 64 * 1024);
        // Larger fetches while the table restores.
        settings.put(StreamsConfig.globalConsumerPrefix("max.poll.records"), 10_000);
        settings.put(StreamsConfig.globalConsumerPrefix("fetch.max.bytes"), 64 * 1024 * 1024);
        settings.put(StreamsConfig.globalConsumerPrefix("max.partition.fetch.bytes"), 16 * 1024 * 1024);
        return settings;
    }

    private static boolean isConnectionSetting(String name) {
        return name.equals("bootstrap.servers")
                || name.equals("client.dns.lookup")
                || name.startsWith("security.")
                || name.startsWith("sasl.")
                || name.startsWith("ssl.");
    }

    @Override
    public SeenVersion get(String articleId) {
        ReadOnlyKeyValueStore<String, byte[]> current = store;
        if (current == null) {
            throw new VersionsUnavailableException("the versions of articles are not available: the store of "
                    + Topics.ARTICLE_VERSIONS + " is " + (streams == null ? "not open" : streams.state()));
        }
        return SeenVersion.decode(current.get(articleId));
    }

    @Override
    public long approximateCount() {
        ReadOnlyKeyValueStore<String, byte[]> current = store;
        return current == null ? 0 : current.approximateNumEntries();
    }

    /** Whether the topic has been read to the end it had at start, and is being followed. */
    boolean isLoaded() {
        KafkaStreams current = streams;
        return running && store != null && current != null && current.state() == KafkaStreams.State.RUNNING;
    }

    /** How long the last start took to read the topic, in milliseconds; 0 before. */
    long loadMillis() {
        return loadMillis;
    }

    @Override
    public void stop() {
        running = false;
        if (chores != null) {
            chores.shutdownNow();
        }
        store = null;
        close(streams);
        streams = null;
        if (configuredStateDir == null && stateDir != null) {
            try {
                FileSystemUtils.deleteRecursively(stateDir);
            } catch (IOException ex) {
                log.warn("Could not delete the temporary store {}: {}", stateDir, ex.toString());
            }
        }
    }

    private static void close(KafkaStreams streams) {
        if (streams != null) {
            streams.close(CLOSE_TIMEOUT);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("newsflow-ingest-versions");
        } catch (IOException ex) {
            throw new UncheckedIOException("could not make a directory for the versions' local store", ex);
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
