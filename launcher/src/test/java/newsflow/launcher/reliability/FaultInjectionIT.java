package newsflow.launcher.reliability;

import static newsflow.launcher.reliability.Scenarios.assertNothingLostOrDuplicated;
import static newsflow.launcher.reliability.Scenarios.hold;
import static newsflow.launcher.reliability.Scenarios.httpSource;
import static newsflow.launcher.reliability.Scenarios.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import newsflow.contract.ArticleIds;
import newsflow.contract.Topics;
import newsflow.launcher.reliability.Scenarios.Fault;
import newsflow.launcher.reliability.Scenarios.Outcome;
import newsflow.launcher.reliability.SeparateServices.Service;
import newsflow.testsupport.FreePorts;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * The fault-injection suite of issue 7: the services as separate processes from the built {@code newsflow.jar}
 * around a real Kafka process, a few thousand generated articles per scenario (updates and retractions among them)
 * pushed over Kafka and HTTP while a fault is injected, and then the store is read through the query API: every
 * accepted article must be there once, at its newest version, and every retracted one gone. Each scenario writes its
 * row of {@code target/reliability/reliability.md}, the table of {@code docs/reliability.md}.
 *
 * <p>{@code -Dnewsflow.reliability.articles=N} sets the articles per scenario (default 2,000).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

    private static final int ARTICLES = Integer.getInteger("newsflow.reliability.articles", 2_000);
    private static final List<String> SCENARIOS = List.of(
            "kill-ingest", "kill-enrich", "kill-index", "broker-stop", "disk-full", "stuck-enrich", "opensearch-stop");
    private static final int STUCK_ARTICLES = 5;

    private final Path jar =
            Path.of(System.getProperty("newsflow.jar", "target/newsflow.jar")).toAbsolutePath();
    private final Path folder = Path.of("target", "reliability").toAbsolutePath();
    private final ReliabilityReport report =
            new ReliabilityReport(folder.resolve("reliability.md"), "FaultInjectionIT");
    private final Scenarios scenarios = new Scenarios(report, ARTICLES);
    private SeparateServices services;
    private Path indexFolder;
    private boolean smallDisk;

    @BeforeAll
    void startThePipeline() throws IOException {
        assertThat(jar).as("the built newsflow.jar (mvn package first)").isRegularFile();
        if (Files.exists(folder)) {
            SmallDisk.unmount(folder.resolve("index"));
        }
        Scenarios.deleteRecursively(folder);
        indexFolder = Files.createDirectories(folder.resolve("index"));
        smallDisk = SmallDisk.mount(indexFolder, "1g");
        services = new SeparateServices(jar, folder, indexFolder, Scenarios.publisherSettings(SCENARIOS));
        services.startAll();
    }

    @AfterAll
    void stopThePipeline() {
        if (services != null) {
            services.close();
        }
        if (smallDisk) {
            SmallDisk.unmount(indexFolder);
        }
    }

    @Test
    @Order(1)
    void killingIngestMidStreamLosesAndDuplicatesNothing() {
        assertNothingLostOrDuplicated(killAndRestart("kill-ingest", Service.INGEST));
    }

    @Test
    @Order(2)
    void killingEnrichMidStreamLosesAndDuplicatesNothing() {
        assertNothingLostOrDuplicated(killAndRestart("kill-enrich", Service.ENRICH));
    }

    @Test
    @Order(3)
    void killingIndexMidStreamLosesAndDuplicatesNothing() {
        assertNothingLostOrDuplicated(killAndRestart("kill-index", Service.INDEX));
    }

    @Test
    @Order(4)
    void stoppingTheBrokerForThirtySecondsAnswersPublishers503AndLosesNothing() {
        Outcome outcome = runSeparately(
                "broker-stop",
                "Kafka stopped (SIGTERM) for 30 s mid-stream, then started " + "on the same data",
                () -> {
                    services.stopKafka();
                    hold(Duration.ofSeconds(30));
                    services.startKafka();
                    return Instant.now();
                });

        assertNothingLostOrDuplicated(outcome);
        assertThat(outcome.feed().unavailable.get())
                .as("HTTP publishers answered 503 while Kafka was away")
                .isPositive();
        assertThat(outcome.feed().unavailableWithoutRetryAfter.get())
                .as("503 answers without Retry-After")
                .isZero();
    }

    @Test
    @Order(5)
    void aFullDiskUnderTheIndexTurnsHealthDownAndLosesNothing() {
        Assumptions.assumeTrue(smallDisk, "needs root to mount a small tmpfs under the Lucene index");
        AtomicReference<String> healthWhileFull = new AtomicReference<>();
        Outcome outcome = runSeparately("disk-full", "the Lucene index's disk full for 60 s mid-stream", () -> {
            Path filler = SmallDisk.fill(indexFolder);
            Instant filled = Instant.now();
            await("index health DOWN on a full disk")
                    .atMost(Duration.ofSeconds(55))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> Health.of(services.health(Service.INDEX)).equals("DOWN"));
            healthWhileFull.set("DOWN");
            hold(Duration.ofSeconds(60).minus(Duration.between(filled, Instant.now())));
            SmallDisk.free(filler);
            return Instant.now();
        });

        assertNothingLostOrDuplicated(outcome);
        assertThat(healthWhileFull.get()).isEqualTo("DOWN");
        assertThat(Health.of(services.health(Service.INDEX))).isEqualTo("UP");
    }

    @Test
    @Order(6)
    void articlesStuckInEnrichmentAreDeadLetteredWithTheirReasonWhileTheStreamMovesOn() {
        String scenario = "stuck-enrich";
        List<String> stuck = new ArrayList<>();
        Outcome outcome = runSeparately(
                scenario,
                STUCK_ARTICLES + " articles that take enrich longer than its 2 s " + "bound, mid-stream",
                () -> {
                    for (int i = 0; i < STUCK_ARTICLES; i++) {
                        String id = "stuck-" + i;
                        postOnce(
                                services.url(Service.INGEST),
                                key(scenario),
                                GeneratedText.stuck(httpSource(scenario), id, 150_000));
                        stuck.add(ArticleIds.derive(httpSource(scenario), id));
                    }
                    return Instant.now();
                },
                () -> deadLettered(Set.copyOf(stuck)));

        assertNothingLostOrDuplicated(outcome);
        assertThat(outcome.row().deadLettered())
                .as("stuck articles on %s", Topics.deadLetterOf(Topics.INGESTED))
                .isEqualTo(STUCK_ARTICLES);
    }

    @Test
    @Order(7)
    void stoppingOpenSearchForSixtySecondsTurnsHealthDownAndLosesNothing() {
        var opensearch = new OpenSearchProcess(
                folder.resolve("opensearch"), folder.resolve("logs").resolve("opensearch.log"));
        opensearch.start();
        try {
            services.moveIndexToOpenSearch(opensearch.uri());
            AtomicReference<String> healthWhileDown = new AtomicReference<>();
            Outcome outcome = runSeparately(
                    "opensearch-stop",
                    "index-service on OpenSearch: the OpenSearch node "
                            + "stopped (SIGTERM) for 60 s mid-stream, then started on the same data",
                    () -> {
                        opensearch.stop();
                        Instant stopped = Instant.now();
                        await("index health DOWN without OpenSearch")
                                .atMost(Duration.ofSeconds(55))
                                .pollInterval(Duration.ofMillis(500))
                                .until(() -> Health.of(services.health(Service.INDEX))
                                        .equals("DOWN"));
                        healthWhileDown.set("DOWN");
                        hold(Duration.ofSeconds(60).minus(Duration.between(stopped, Instant.now())));
                        opensearch.start();
                        return Instant.now();
                    });

            assertNothingLostOrDuplicated(outcome);
            assertThat(healthWhileDown.get()).isEqualTo("DOWN");
        } finally {
            opensearch.stop();
        }
    }

    @Test
    @Order(8)
    void aPowerCutOfTheWholeLocalRunLosesNothingAcceptedBeforeIt() {
        services.close();
        services = null;
        assertThat(List.of(8081, 8082, 8083, 8084)).as("local's ports free").allMatch(FreePorts::isFree);
        Path data = folder.resolve("local");
        int kafkaPort = FreePorts.pair();
        AtomicReference<JavaProcess> local = new AtomicReference<>(startLocal(data, kafkaPort));
        try {
            Outcome outcome = scenarios.run(
                    "power-cut",
                    "`kill -9` of the whole local run (`newsflow.jar local`: Kafka and "
                            + "every service in one JVM) mid-stream, then started again on the same data",
                    new Scenarios.Target(
                            List.of("http://localhost:8081"),
                            "demo-key",
                            "demo",
                            "localhost:" + kafkaPort,
                            "http://localhost:8083"),
                    () -> {
                        local.get().kill();
                        local.set(startLocal(data, kafkaPort));
                        return Instant.now();
                    },
                    () -> 0);

            assertNothingLostOrDuplicated(outcome);
        } finally {
            local.get().stop();
        }
    }

    /** {@code newsflow.jar local}, as the README runs it, once it answers: its ingest ready, its index UP. */
    private JavaProcess startLocal(Path data, int kafkaPort) {
        JavaProcess local = JavaProcess.start(
                "local",
                folder.resolve("logs").resolve("local.log"),
                List.of("-Xmx2g"),
                List.of(
                        "-jar",
                        jar.toString(),
                        "local",
                        "--data-dir",
                        data.toString(),
                        "--kafka-port",
                        Integer.toString(kafkaPort)));
        await("newsflow.jar local answering")
                .atMost(SeparateServices.START_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .failFast(local::assertRunning)
                .until(() -> Health.isUp("http://localhost:8081/actuator/health/readiness")
                        && Health.isUp("http://localhost:8083/actuator/health"));
        return local;
    }

    // ---- the scenarios' common course -------------------------------------------------------------------------

    private Outcome killAndRestart(String scenario, Service service) {
        return runSeparately(
                scenario,
                "`kill -9` of " + service.name().toLowerCase() + "-service mid-stream, " + "then started again",
                () -> {
                    services.kill(service);
                    services.start(service);
                    return Instant.now();
                });
    }

    private Outcome runSeparately(String scenario, String fault, Fault inject) {
        return runSeparately(scenario, fault, inject, () -> 0);
    }

    private Outcome runSeparately(String scenario, String fault, Fault inject, IntSupplier deadLetters) {
        return scenarios.run(
                scenario,
                fault,
                new Scenarios.Target(
                        List.of(services.url(Service.INGEST)),
                        key(scenario),
                        httpSource(scenario),
                        services.bootstrapServers(),
                        services.url(Service.INDEX)),
                inject,
                deadLetters);
    }

    /** How many of these articles are on {@code articles.ingested.dlt}, each with enrich's time-bound reason. */
    private int deadLettered(Set<String> articleIds) {
        var found = new HashMap<String, String>();
        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, services.bootstrapServers(),
                        ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024,
                        ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            String topic = Topics.deadLetterOf(Topics.INGESTED);
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            await("dead letters of the stuck articles")
                    .atMost(Duration.ofMinutes(2))
                    .until(() -> {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                            if (articleIds.contains(record.key())) {
                                var message = record.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE);
                                found.put(
                                        record.key(),
                                        message == null ? "" : new String(message.value(), StandardCharsets.UTF_8));
                            }
                        }
                        return found.size() == articleIds.size()
                                || partitions.stream()
                                        .allMatch(partition -> consumer.position(partition) >= ends.get(partition));
                    });
        }
        assertThat(found.values())
                .as("dead-letter reasons")
                .allSatisfy(reason -> assertThat(reason).contains("took longer than"));
        return found.size();
    }

    private static void postOnce(String ingestUrl, String apiKey, String article) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(ingestUrl + "/api/articles"))
                                    .header("Authorization", "Bearer " + apiKey)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(article))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
