package newsflow.launcher.reliability;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.testsupport.FreePorts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The pipeline as production runs it: Kafka, ingest-service, enrich-service and index-service each a process of
 * their own, started from the built {@code newsflow.jar} ({@code newsflow.jar kafka}, {@code newsflow.jar service
 * ...}) on free ports, with their data in one folder, so that any of them can be killed for real and started again on
 * the same data.
 */
final class SeparateServices implements AutoCloseable {

    enum Service {
        INGEST,
        ENRICH,
        INDEX
    }

    static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path jar;
    private final Path folder;
    private final Path indexFolder;
    private final List<String> publishers;
    private final int kafkaPort = FreePorts.pair();
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, JavaProcess> running = new EnumMap<>(Service.class);
    private JavaProcess kafka;
    private List<String> storeSettings;

    /**
     * @param publishers settings of ingest's HTTP publishers, e.g. {@code newsflow.ingest.publishers[0].source=a}
     */
    SeparateServices(Path jar, Path folder, Path indexFolder, List<String> publishers) {
        this.jar = jar;
        this.folder = folder;
        this.indexFolder = indexFolder;
        this.publishers = List.copyOf(publishers);
        this.storeSettings = List.of("--newsflow.index.lucene.path=" + indexFolder);
        Set<Integer> taken = new HashSet<>(List.of(kafkaPort, kafkaPort + 1));
        for (Service service : Service.values()) {
            int port = FreePorts.anyExcept(taken);
            taken.add(port);
            ports.put(service, port);
        }
    }

    String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    String url(Service service) {
        return "http://localhost:" + ports.get(service);
    }

    String health(Service service) {
        return url(service) + healthPath(service);
    }

    void startAll() {
        startKafka();
        for (Service service : Service.values()) {
            launch(service);
        }
        for (Service service : Service.values()) {
            awaitUp(service);
        }
    }

    void startKafka() {
        kafka = JavaProcess.start(
                "kafka",
                log("kafka"),
                List.of("-Xmx512m"),
                List.of(
                        "-jar",
                        jar.toString(),
                        "kafka",
                        "--data-dir",
                        folder.toString(),
                        "--kafka-port",
                        Integer.toString(kafkaPort)));
        await("Kafka on " + bootstrapServers())
                .atMost(START_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .failFast(kafka::assertRunning)
                .until(this::kafkaAnswers);
    }

    void stopKafka() {
        kafka.stop();
    }

    /** Starts a service and waits until its health is UP. */
    void start(Service service) {
        launch(service);
        awaitUp(service);
    }

    /**
     * Stops index-service (SIGTERM) and starts it again on OpenSearch at this address, in the same consumer group: it
     * goes on from the offsets the Lucene-backed one committed.
     */
    void moveIndexToOpenSearch(String uri) {
        running.remove(Service.INDEX).stop();
        storeSettings = List.of(
                "--newsflow.index.store=opensearch",
                "--newsflow.index.opensearch.uris=" + uri,
                "--newsflow.index.opensearch.replicas=0");
        start(Service.INDEX);
    }

    void kill(Service service) {
        running.remove(service).kill();
    }

    private void launch(Service service) {
        List<String> arguments = serviceArguments(jar, service, bootstrapServers(), ports.get(service), publishers);
        if (service == Service.ENRICH) {
            // An article that takes longer goes to the dead-letter topic: the stuck-enrichment scenario relies on it.
            arguments.add("--newsflow.enrich.max-tagging-time=2s");
        } else if (service == Service.INDEX) {
            arguments.addAll(storeSettings);
        }
        running.put(
                service,
                JavaProcess.start(
                        service.name().toLowerCase(),
                        log(service.name().toLowerCase()),
                        jvmOptions(service),
                        arguments));
    }

    /**
     * The command line of a service process ({@code newsflow.jar service ...}) on this Kafka and port; ingest gets the
     * publishers and no rate limit, enrich a warm-up. Callers add their own settings to the list.
     */
    static List<String> serviceArguments(
            Path jar, Service service, String bootstrapServers, int port, List<String> publishers) {
        List<String> arguments = new ArrayList<>(List.of(
                "-jar",
                jar.toString(),
                "service",
                service.name().toLowerCase(),
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--server.port=" + port,
                "--spring.main.banner-mode=off"));
        if (service == Service.ENRICH) {
            // As in docker-compose.yml: the tagger is warmed before the listener starts, so that a cold JIT does not
            // push the first articles over a time bound.
            arguments.add("--newsflow.enrich.warm-up=15s");
        } else if (service == Service.INGEST) {
            publishers.forEach(setting -> arguments.add("--" + setting));
            arguments.add("--newsflow.ingest.rate-limit.requests-per-second=100000");
            arguments.add("--newsflow.ingest.rate-limit.burst=100000");
        }
        return arguments;
    }

    /**
     * The JVM options of a service process, as the container image starts it: enrich holds the tagger's models, and
     * every JVM compiles huge methods, without which enrich tags its first articles interpreted.
     */
    static List<String> jvmOptions(Service service) {
        return List.of(service == Service.ENRICH ? "-Xmx1g" : "-Xmx512m", "-XX:-DontCompileHugeMethods");
    }

    /** Where a service says it is up: ingest's readiness (its version table loaded), the others' health. */
    static String healthPath(Service service) {
        return service == Service.INGEST ? "/actuator/health/readiness" : "/actuator/health";
    }

    private void awaitUp(Service service) {
        await(service + " UP at " + health(service))
                .atMost(START_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .failFast(running.get(service)::assertRunning)
                .until(() -> Health.isUp(health(service)));
    }

    private boolean kafkaAnswers() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                3000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                3000))) {
            admin.describeCluster().clusterId().get();
            return true;
        } catch (Exception ex) {
            return false;
        }
    }

    private Path log(String name) {
        return folder.resolve("logs").resolve(name + ".log");
    }

    @Override
    public void close() {
        running.values().forEach(JavaProcess::stop);
        running.clear();
        if (kafka != null) {
            kafka.stop();
        }
    }
}
