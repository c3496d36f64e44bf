package newsflow.launcher.reliability;

import static newsflow.launcher.reliability.Scenarios.assertNothingLostOrDuplicated;
import static newsflow.launcher.reliability.Scenarios.hold;
import static newsflow.launcher.reliability.Scenarios.httpSource;
import static newsflow.launcher.reliability.Scenarios.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import newsflow.contract.ConsumerGroups;
import newsflow.contract.Topics;
import newsflow.launcher.reliability.Scenarios.Fault;
import newsflow.launcher.reliability.Scenarios.Outcome;
import newsflow.launcher.reliability.SeparateServices.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The cluster scenarios of the fault suite: three Kafka nodes ({@code newsflow.jar kafka --node-id N
 * --controller-quorum ...}, pipeline topics replicated three times, {@code min.insync.replicas=2}), two instances of
 * ingest and of enrich in their consumer groups, and index-service, each a process of its own. Publishers push over
 * HTTP (to both ingest instances, story by story in turn) and over Kafka (read by both ingest instances) while a node or an instance is killed; every
 * accepted article must end up in the store once, at its newest version. Each scenario writes its row of
 * {@code target/reliability-cluster/reliability.md}, the cluster table of {@code docs/reliability.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultIT {

    private static final int ARTICLES = Integer.getInteger("newsflow.reliability.articles", 2_000);
    private static final List<String> SCENARIOS = List.of(
            "cluster-leader-kill",
            "cluster-enrich-kill",
            "cluster-rolling-restart",
            "cluster-enrich-scale-out",
            "cluster-two-down",
            "cluster-index-kill");

    private final Path jar =
            Path.of(System.getProperty("newsflow.jar", "target/newsflow.jar")).toAbsolutePath();
    private final Path folder = Path.of("target", "reliability-cluster").toAbsolutePath();
    private final ReliabilityReport report = new ReliabilityReport(folder.resolve("reliability.md"), "ClusterFaultIT");
    private final Scenarios scenarios = new Scenarios(report, ARTICLES);
    private ClusterServices cluster;

    @BeforeAll
    void startTheCluster() throws IOException {
        assertThat(jar).as("the built newsflow.jar (mvn package first)").isRegularFile();
        Scenarios.deleteRecursively(folder);
        cluster = new ClusterServices(jar, folder, Scenarios.publisherSettings(SCENARIOS));
        cluster.startCluster();
        cluster.start(Service.INGEST, 1);
        cluster.start(Service.INGEST, 2);
        cluster.start(Service.ENRICH, 1);
        cluster.start(Service.ENRICH, 2);
        cluster.start(Service.INDEX, 1);
    }

    @AfterAll
    void stopTheCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void killingTheNodeThatLeadsMostPartitionsForSixtySecondsLosesAndDuplicatesNothing() {
        AtomicInteger killed = new AtomicInteger();
        Outcome outcome = run(
                "cluster-leader-kill",
                "three Kafka nodes: `kill -9` of the node leading most pipeline partitions, down 60 s, then started "
                        + "again on its data",
                () -> {
                    int node = cluster.leaderOfMostPartitions();
                    killed.set(node);
                    cluster.killNode(node);
                    hold(Duration.ofSeconds(60));
                    cluster.startNode(node);
                    cluster.awaitBrokers(ClusterServices.NODES);
                    return Instant.now();
                });

        assertNothingLostOrDuplicated(outcome);
        assertThat(killed.get()).isBetween(1, ClusterServices.NODES);
    }

    @Test
    @Order(2)
    void killingOneOfTwoEnrichInstancesLosesAndDuplicatesNothing() {
        Outcome outcome = run(
                "cluster-enrich-kill",
                "three Kafka nodes: `kill -9` of one of two enrich instances mid-stream; the other takes its "
                        + "partitions",
                () -> {
                    cluster.kill(Service.ENRICH, 2);
                    return Instant.now();
                });

        assertNothingLostOrDuplicated(outcome);
        cluster.start(Service.ENRICH, 2);
    }

    @Test
    @Order(3)
    void aRollingRestartOfTheThreeNodesLosesAndDuplicatesNothing() {
        Outcome outcome = run(
                "cluster-rolling-restart",
                "three Kafka nodes: a rolling restart mid-stream, one node at a time (SIGTERM, started again on its "
                        + "data, the next once every partition is back in sync)",
                () -> {
                    for (int node = 1; node <= ClusterServices.NODES; node++) {
                        cluster.stopNode(node);
                        cluster.startNode(node);
                        cluster.awaitBrokers(ClusterServices.NODES);
                        cluster.awaitFullyReplicated();
                    }
                    return Instant.now();
                });

        assertNothingLostOrDuplicated(outcome);
    }

    @Test
    @Order(4)
    void scalingEnrichFromOneInstanceToThreeMidStreamSharesThePartitionsAndTagsNothingTwice() throws Exception {
        cluster.stop(Service.ENRICH, 2);
        Outcome outcome = run(
                "cluster-enrich-scale-out",
                "three Kafka nodes: enrich scaled from one instance to three mid-stream",
                () -> {
                    cluster.launch(Service.ENRICH, 2);
                    cluster.launch(Service.ENRICH, 3);
                    cluster.awaitUp(Service.ENRICH, 2);
                    cluster.awaitUp(Service.ENRICH, 3);
                    return Instant.now();
                });

        assertNothingLostOrDuplicated(outcome);
        // A cooperative rebalance takes two rounds (revoke, then assign): wait until the group has settled.
        await("enrich's group settled on three instances")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    Map<String, List<Integer>> members = cluster.members(ConsumerGroups.ENRICH, Topics.INGESTED);
                    assertThat(members.keySet())
                            .as("enrich's consumers: two listener threads in each of three instances")
                            .hasSize(6)
                            .anyMatch(member -> member.startsWith("enrich-1"))
                            .anyMatch(member -> member.startsWith("enrich-2"))
                            .anyMatch(member -> member.startsWith("enrich-3"));
                    assertThat(members.values().stream()
                                    .flatMap(List::stream)
                                    .sorted()
                                    .toList())
                            .as("each partition of %s held by one consumer", Topics.INGESTED)
                            .isEqualTo(IntStream.range(0, 12).boxed().toList());
                    assertThat(members.values())
                            .as("the 12 partitions shared out evenly: two for each of the six consumers")
                            .allSatisfy(held -> assertThat(held).hasSize(2));
                });
    }

    @Test
    @Order(5)
    void twoNodesDownAnswersPublishers503WithRetryAfterAndLosesNothing() {
        Outcome outcome = run(
                "cluster-two-down",
                "three Kafka nodes: `kill -9` of two of them for 30 s mid-stream (no write can be acknowledged), "
                        + "then both started again on their data",
                () -> {
                    cluster.killNode(1);
                    cluster.killNode(2);
                    hold(Duration.ofSeconds(30));
                    cluster.startNode(1);
                    cluster.startNode(2);
                    cluster.awaitBrokers(ClusterServices.NODES);
                    return Instant.now();
                });

        assertNothingLostOrDuplicated(outcome);
        assertThat(outcome.feed().unavailable.get())
                .as("HTTP publishers answered 503 while two of three nodes were away")
                .isPositive();
        assertThat(outcome.feed().unavailableWithoutRetryAfter.get())
                .as("503 answers without Retry-After")
                .isZero();
    }

    @Test
    @Order(6)
    void killingOneOfTwoIndexInstancesSharingOpenSearchLosesAndDuplicatesNothing() throws Exception {
        var opensearch = new OpenSearchProcess(
                folder.resolve("opensearch"), folder.resolve("logs").resolve("opensearch.log"));
        opensearch.start();
        try {
            cluster.stop(Service.INDEX, 1);
            cluster.indexOnOpenSearch(opensearch.uri());
            cluster.start(Service.INDEX, 1);
            cluster.start(Service.INDEX, 2);
            await("both index instances holding partitions of " + Topics.ENRICHED)
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> cluster.members(ConsumerGroups.INDEX, Topics.ENRICHED).values().stream()
                                    .filter(partitions -> !partitions.isEmpty())
                                    .count()
                            >= 2);

            Outcome outcome = run(
                    "cluster-index-kill",
                    "three Kafka nodes, index-service twice on one OpenSearch: `kill -9` of one index instance "
                            + "mid-stream; the other takes its partitions",
                    () -> {
                        cluster.kill(Service.INDEX, 2);
                        return Instant.now();
                    });

            assertNothingLostOrDuplicated(outcome);
        } finally {
            opensearch.stop();
        }
    }

    private Outcome run(String scenario, String fault, Fault inject) {
        return scenarios.run(
                scenario,
                fault,
                new Scenarios.Target(
                        List.of(cluster.url("ingest-1"), cluster.url("ingest-2")),
                        key(scenario),
                        httpSource(scenario),
                        cluster.bootstrapServers(),
                        cluster.url("index-1")),
                inject,
                () -> 0);
    }
}
