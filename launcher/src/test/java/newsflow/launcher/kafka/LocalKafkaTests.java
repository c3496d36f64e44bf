package newsflow.launcher.kafka;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;
import static newsflow.launcher.kafka.TestClients.CLIENT_WAIT;
import static newsflow.launcher.kafka.TestClients.brokerSettings;
import static newsflow.launcher.kafka.TestClients.createTopic;
import static newsflow.launcher.kafka.TestClients.readAll;
import static newsflow.launcher.kafka.TestClients.send;
import static newsflow.launcher.kafka.TestClients.topicNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.testsupport.FreePorts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real in-JVM broker on free ports in a temporary directory and uses it as the services would: an admin
 * client creates topics, a producer writes, a consumer group reads.
 */
@Tag("slow")
class LocalKafkaTests {

    /**
     * Yammer's JVM-wide metrics ticker: Kafka starts it on its first use of Yammer metrics and it is shared by every
     * broker of the JVM, so it is the one thread a stopped broker leaves.
     */
    private static final String YAMMER_METRICS_TICKER = "metrics-meter-tick-thread";

    @TempDir
    Path dataDirectory;

    @Test
    void startsOnFreePortsAndServesProducersAndConsumers() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(freeSettings())) {
            assertThat(kafka.bootstrapServers())
                    .isEqualTo("localhost:" + kafka.settings().brokerPort());

            createTopic(kafka, "articles");
            send(kafka, "articles", "a-1", "first article");

            assertThat(readAll(kafka, "articles", 1)).containsExactly("a-1=first article");
        }
    }

    @Test
    void runsWithThePipelinesBrokerSettingsAndTakesRecordsOfAlmostEightMebibytes() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(freeSettings())) {
            assertThat(brokerSettings(
                            kafka,
                            "auto.create.topics.enable",
                            "message.max.bytes",
                            "offsets.topic.replication.factor",
                            "group.initial.rebalance.delay.ms"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "auto.create.topics.enable", "false",
                            "message.max.bytes", "8388608",
                            "offsets.topic.replication.factor", "1",
                            "group.initial.rebalance.delay.ms", "0"));

            createTopic(kafka, "big");
            String big = "x".repeat(BrokerConfig.MAX_MESSAGE_BYTES - 1024);
            send(kafka, "big", "big-1", big);

            assertThat(readAll(kafka, "big", 1)).containsExactly("big-1=" + big);
        }
    }

    @Test
    void restartOnTheSameDirectoryKeepsTopicsRecordsAndClusterId() throws Exception {
        LocalKafka.Settings settings = freeSettings();
        String clusterId;
        try (LocalKafka first = LocalKafka.start(settings)) {
            clusterId = first.clusterId();
            createTopic(first, "articles");
            send(first, "articles", "a-1", "kept across restarts");
        }

        try (LocalKafka second = LocalKafka.start(settings)) {
            assertThat(second.clusterId()).isEqualTo(clusterId);
            assertThat(topicNames(second)).contains("articles");
            assertThat(readAll(second, "articles", 1)).containsExactly("a-1=kept across restarts");
        }
    }

    @Test
    void closingStopsTheBrokerFreesItsPortsAndCanBeRepeated() {
        LocalKafka.Settings settings = freeSettings();
        LocalKafka kafka = LocalKafka.start(settings);

        kafka.close();
        kafka.close();

        assertThat(isFree(settings.brokerPort())).isTrue();
        assertThat(isFree(settings.controllerPort())).isTrue();
    }

    @Test
    void takenBrokerPortFailsClearlyAndLeavesNothingBehind() throws IOException {
        LocalKafka.Settings settings = freeSettings();
        try (ServerSocket other = new ServerSocket(settings.brokerPort())) {
            assertThatThrownBy(() -> LocalKafka.start(settings))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("Port " + settings.brokerPort() + " (Kafka broker) is already in use: "
                            + "stop the other Kafka or run with --kafka-port");
        }
        assertNothingLeftBehind(settings);
    }

    @Test
    void takenControllerPortFailsClearlyAndLeavesNothingBehind() throws IOException {
        LocalKafka.Settings settings = freeSettings();
        try (ServerSocket other = new ServerSocket(settings.controllerPort())) {
            assertThatThrownBy(() -> LocalKafka.start(settings))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("Port " + settings.controllerPort() + " (Kafka controller) is already in use: stop the "
                            + "other Kafka or run with another --kafka-port (the controller takes the port after it)")
                    .extracting(ex -> ((PortInUseException) ex).port())
                    .isEqualTo(settings.controllerPort());
        }
        assertNothingLeftBehind(settings);
    }

    @Test
    void dataDirectoryInUseByAnotherLocalKafkaFailsClearlyAndLeavesTheFirstRunning() {
        try (LocalKafka running = LocalKafka.start(freeSettings())) {
            LocalKafka.Settings second = freeSettings();

            assertThatThrownBy(() -> LocalKafka.start(second))
                    .isInstanceOf(LocalKafkaException.class)
                    .hasMessageContaining("is already in use by another local Kafka");

            assertThat(isFree(second.brokerPort())).isTrue();
            assertThat(isFree(second.controllerPort())).isTrue();
            createTopic(running, "still-served");
        }
    }

    @Test
    void brokerFailingHalfWayThroughStartIsStoppedAndLeavesTheDirectoryUsable() throws Exception {
        LocalKafka.Settings settings = freeSettings();
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        // Kafka's own lock, held as another Kafka would: the controller starts, then the broker part fails.
        try (FileChannel kafkaLock = FileChannel.open(dataDirectory.resolve(".lock"), CREATE, WRITE);
                FileLock held = kafkaLock.lock()) {
            assertThatThrownBy(() -> LocalKafka.start(settings))
                    .isInstanceOf(LocalKafkaException.class)
                    .hasMessageStartingWith("Kafka could not start: Failed to acquire lock on file .lock");
        }
        await("Kafka's threads to end")
                .atMost(CLIENT_WAIT)
                .pollInSameThread()
                .untilAsserted(() -> assertThat(threadsStartedSince(before))
                        .allMatch(name -> name.startsWith(YAMMER_METRICS_TICKER)));
        assertThat(isFree(settings.brokerPort())).isTrue();
        assertThat(isFree(settings.controllerPort())).isTrue();
        try (LocalKafka kafka = LocalKafka.start(settings)) {
            createTopic(kafka, "after-failed-start");
        }
    }

    /** Names of the live threads that were not running before. */
    private static List<String> threadsStartedSince(Set<Thread> before) {
        Set<Thread> now = new HashSet<>(Thread.getAllStackTraces().keySet());
        now.removeAll(before);
        return now.stream().filter(Thread::isAlive).map(Thread::getName).toList();
    }

    /** Settings on two ports that are free right now, in this test's own directory. */
    private LocalKafka.Settings freeSettings() {
        int port = FreePorts.pair();
        return new LocalKafka.Settings(dataDirectory, port, port + 1);
    }

    /** No broker listens on either port and the directory was never formatted, so it is not locked. */
    private static void assertNothingLeftBehind(LocalKafka.Settings settings) {
        assertThat(isFree(settings.brokerPort())).isTrue();
        assertThat(isFree(settings.controllerPort())).isTrue();
        assertThat(StorageFormat.isFormatted(settings.dataDirectory())).isFalse();
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("localhost", port));
            return true;
        } catch (IOException ex) {
            return false;
        }
    }
}
