package newsflow.launcher.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, single-node Kafka broker running inside this JVM, for the one-command local run: no Docker and nothing to
 * install. It is Kafka's own server ({@link KafkaRaftServer}, KRaft combined mode) on fixed ports, so the services
 * and outside tools reach it at a known address, and it keeps its data in a directory so a second run finds the
 * topics and records of the first.
 *
 * <pre>{@code
 * try (LocalKafka kafka = LocalKafka.start(LocalKafka.Settings.defaults())) {
 *     run(kafka.bootstrapServers());
 * }
 * }</pre>
 */
public final class LocalKafka implements AutoCloseable {

    /** How long Kafka's own start-up may take, and then again how long it may take to answer a client. */
    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    /**
     * The same for a node of a cluster, which cannot finish starting before a majority of its controllers is up: the
     * other nodes are started by hand or by other machines' service managers, so it waits longer for them.
     */
    static final Duration CLUSTER_STARTUP_TIMEOUT = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(LocalKafka.class);

    private final Settings settings;
    private final KafkaRaftServer server;
    private final DirectoryLock lock;
    private final String clusterId;
    private boolean closed;

    private LocalKafka(Settings settings, KafkaRaftServer server, DirectoryLock lock, String clusterId) {
        this.settings = settings;
        this.server = server;
        this.lock = lock;
        this.clusterId = clusterId;
    }

    /**
     * Starts the broker and returns once it answers clients. Checks the ports and locks the data directory first, and
     * formats the directory only the first time; on any failure nothing is left running and the directory is left
     * unlocked.
     *
     * @throws PortInUseException when the broker or controller port is taken
     * @throws LocalKafkaException when Kafka cannot format, start or answer in time
     */
    public static LocalKafka start(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        PortCheck.ensureFree(settings.host(), settings.brokerPort(), "Kafka broker", "--kafka-port");
        PortCheck.ensureFree(
                settings.quorum().self().host(),
                settings.controllerPort(),
                "Kafka controller",
                "another --kafka-port (the controller takes the port after it)");
        DirectoryLock lock = DirectoryLock.acquire(settings.dataDirectory());
        try {
            Duration timeout = startupTimeout(settings);
            Map<String, String> config = BrokerConfig.of(settings, timeout.toMillis());
            StorageFormat.formatIfMissing(
                    settings.dataDirectory(), config, settings.quorum().clusterId());
            KafkaRaftServer server = newServer(config);
            String clusterId = startAndAwait(server, settings, timeout);
            return new LocalKafka(settings, server, lock, clusterId);
        } catch (RuntimeException ex) {
            lock.close();
            throw ex;
        }
    }

    /** Where clients connect: {@code host:brokerPort}. */
    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    /** The cluster id the data directory was formatted with; the same on every start with that directory. */
    public String clusterId() {
        return clusterId;
    }

    /** The settings it was started with. */
    public Settings settings() {
        return settings;
    }

    /**
     * Shuts the broker down the way Kafka does on a normal stop (controlled shutdown, logs flushed and closed) and
     * waits until it has. Calling it again does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        log.info("Stopping Kafka on {}", bootstrapServers());
        stop(server);
        lock.close();
        log.info("Kafka stopped");
    }

    /** Kafka's server itself, for tests that stop several nodes of one cluster in the order Kafka's own tests do. */
    KafkaRaftServer server() {
        return server;
    }

    static Duration startupTimeout(Settings settings) {
        return settings.quorum().isCluster() ? CLUSTER_STARTUP_TIMEOUT : STARTUP_TIMEOUT;
    }

    private static KafkaRaftServer newServer(Map<String, String> config) {
        try {
            // false: no dump of every Kafka setting at INFO; BrokerConfig is the place to read them.
            return new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        } catch (RuntimeException ex) {
            throw new LocalKafkaException("Kafka rejected its settings: " + ex.getMessage(), ex);
        }
    }

    /** Starts Kafka and waits until it answers; stops whatever part of it started when either fails. */
    private static String startAndAwait(KafkaRaftServer server, Settings settings, Duration timeout) {
        try {
            server.startup();
            String clusterId = Readiness.awaitClusterId(settings.bootstrapServers(), timeout);
            log.info(
                    "Kafka is running on {} (cluster id {}, data in {})",
                    settings.bootstrapServers(),
                    clusterId,
                    settings.dataDirectory().toAbsolutePath().normalize());
            return clusterId;
        } catch (Exception ex) {
            stop(server);
            throw ex instanceof LocalKafkaException known
                    ? known
                    : new LocalKafkaException("Kafka could not start: " + ex.getMessage(), ex);
        }
    }

    private static void stop(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException ex) {
            log.warn("Kafka did not shut down cleanly", ex);
        }
    }

    /**
     * Where the broker keeps its data, which ports it listens on and which controller quorum it is part of.
     *
     * @param dataDirectory Kafka's own directory (its log dir): topics, records and cluster metadata
     * @param brokerPort where clients connect
     * @param controllerPort the KRaft controller's port: this node's entry of the quorum
     * @param host the name the broker listener binds to and clients are told to use
     * @param quorum the controller quorum: this node alone (the local run) or a cluster's voters
     */
    public record Settings(Path dataDirectory, int brokerPort, int controllerPort, String host, Quorum quorum) {

        public static final Path DEFAULT_DATA_DIRECTORY = Path.of("data", "kafka");
        public static final int DEFAULT_BROKER_PORT = 9092;
        public static final int DEFAULT_CONTROLLER_PORT = 9093;
        public static final String DEFAULT_HOST = "localhost";

        public Settings {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(quorum, "quorum");
            requirePort(brokerPort, "brokerPort");
            requirePort(controllerPort, "controllerPort");
            if (brokerPort == controllerPort && host.equals(quorum.self().host())) {
                throw new IllegalArgumentException(
                        "The broker and controller ports must differ, both are " + brokerPort);
            }
            if (quorum.self().port() != controllerPort) {
                throw new IllegalArgumentException("The controller port " + controllerPort
                        + " is not the one the quorum gives node " + quorum.nodeId() + ": " + quorum.self());
            }
        }

        /** A single node on this host: its own controller quorum. */
        public Settings(Path dataDirectory, int brokerPort, int controllerPort, String host) {
            this(dataDirectory, brokerPort, controllerPort, host, Quorum.single(host, controllerPort));
        }

        /** A single node on {@code localhost}, the only host a local run needs. */
        public Settings(Path dataDirectory, int brokerPort, int controllerPort) {
            this(dataDirectory, brokerPort, controllerPort, DEFAULT_HOST);
        }

        /** One node of a cluster: its controller listens where its entry of the quorum says. */
        public static Settings clusterNode(Path dataDirectory, String host, int brokerPort, Quorum quorum) {
            return new Settings(dataDirectory, brokerPort, quorum.self().port(), host, quorum);
        }

        /** {@code ./data/kafka}, ports 9092 and 9093, on localhost. */
        public static Settings defaults() {
            return new Settings(DEFAULT_DATA_DIRECTORY, DEFAULT_BROKER_PORT, DEFAULT_CONTROLLER_PORT, DEFAULT_HOST);
        }

        /** {@code host:brokerPort}, as Kafka clients take it. */
        public String bootstrapServers() {
            return host + ":" + brokerPort;
        }

        private static void requirePort(int port, String name) {
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException(name + " must be between 1 and 65535, not " + port);
            }
        }
    }
}
