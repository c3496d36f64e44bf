package newsflow.launcher.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import newsflow.testsupport.FreePorts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real Kafka nodes of one KRaft cluster, each started as {@code newsflow.jar kafka --node-id N
 * --controller-quorum ...} starts it, here in one JVM: they form one cluster, keep three copies of what they are
 * given, acknowledge a write only once two nodes have it, and lose nothing acknowledged when nodes stop and start.
 */
@Tag("slow")
class KafkaClusterTests {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** How long past its delivery timeout a record no broker can take is given to be refused. */
    private static final Duration NO_ANSWER = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    private final String clusterId = Uuid.randomUuid().toString();
    private final List<LocalKafka.Settings> nodes = new ArrayList<>();
    private final LocalKafka[] running = new LocalKafka[3];

    /** Stops the running nodes: their brokers first, while every controller can still approve it (see ClusterStop). */
    @AfterEach
    void stopEveryNode() {
        List<LocalKafka> stopping = new ArrayList<>();
        for (int i = 0; i < running.length; i++) {
            if (running[i] != null) {
                stopping.add(running[i]);
                running[i] = null;
            }
        }
        ClusterStop.stopAll(stopping);
    }

    @Test
    void threeNodesFormOneClusterThatKeepsThreeCopiesAndNeedsTwoForAWrite() throws Exception {
        startAll();

        for (LocalKafka node : running) {
            assertThat(node.clusterId()).isEqualTo(clusterId);
        }
        try (Admin admin = admin()) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .hasSize(3);
            assertThat(TestClients.brokerSettingsOf(
                            running[1],
                            2,
                            "default.replication.factor",
                            "min.insync.replicas",
                            "offsets.topic.replication.factor",
                            "unclean.leader.election.enable"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "default.replication.factor", "3",
                            "min.insync.replicas", "2",
                            "offsets.topic.replication.factor", "3",
                            "unclean.leader.election.enable", "false"));
            admin.createTopics(List.of(new NewTopic("articles", Optional.of(3), Optional.empty())))
                    .all()
                    .get(30, TimeUnit.SECONDS);
            // The controller has the topic once createTopics returns; the node the admin asks next may learn of it a
            // moment later (it answers UnknownTopicOrPartitionException until then).
            await().atMost(Duration.ofSeconds(30))
                    .ignoreExceptionsInstanceOf(ExecutionException.class)
                    .untilAsserted(() -> assertThat(admin.describeTopics(List.of("articles"))
                                    .allTopicNames()
                                    .get(30, TimeUnit.SECONDS)
                                    .get("articles")
                                    .partitions())
                            .allSatisfy(partition ->
                                    assertThat(partition.replicas()).hasSize(3)));
        }
    }

    @Test
    void aWriteIsAcknowledgedWithOneNodeDownRefusedWithTwoDownAndNothingAcknowledgedIsLost() throws Exception {
        startAll();
        createTopic("articles");
        Set<String> acknowledged = new HashSet<>();
        acknowledged.add(send("before", Duration.ofSeconds(30)));

        running[0].close();
        running[0] = null;
        acknowledged.add(send("one-down", Duration.ofSeconds(60)));

        running[1].close();
        running[1] = null;
        assertThat(acknowledgement("two-down", Duration.ofSeconds(10)))
                .as("a write with only one of three nodes up")
                .isInstanceOfAny(ExecutionException.class, java.util.concurrent.TimeoutException.class);

        startNodes(0, 1);
        acknowledged.add(send("after", Duration.ofSeconds(60)));
        assertThat(readAll("articles")).containsAll(acknowledged);
    }

    @Test
    void aNodeRefusesDataOfAnotherCluster() {
        startAll();
        stopEveryNode();
        LocalKafka.Settings first = nodes.get(0);
        Quorum other = new Quorum(
                1, first.quorum().voters(), Optional.of(Uuid.randomUuid().toString()));

        assertThatThrownBy(() -> LocalKafka.start(LocalKafka.Settings.clusterNode(
                        first.dataDirectory(), first.host(), first.brokerPort(), other)))
                .isInstanceOf(LocalKafkaException.class)
                .hasMessageContaining("belongs to cluster " + clusterId + ", not to --cluster-id");
    }

    private void startAll() {
        List<Quorum.Voter> voters = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        List<Integer> brokerPorts = new ArrayList<>();
        for (int id = 1; id <= 3; id++) {
            int brokerPort = FreePorts.anyExcept(taken);
            taken.add(brokerPort);
            int controllerPort = FreePorts.anyExcept(taken);
            taken.add(controllerPort);
            brokerPorts.add(brokerPort);
            voters.add(new Quorum.Voter(id, "localhost", controllerPort));
        }
        for (int id = 1; id <= 3; id++) {
            Quorum quorum = new Quorum(id, voters, Optional.of(clusterId));
            nodes.add(LocalKafka.Settings.clusterNode(
                    folder.resolve("node-" + id), "localhost", brokerPorts.get(id - 1), quorum));
        }
        startNodes(0, 1, 2);
    }

    /** Starts these nodes at once: each finishes starting only when a majority of the controllers is up. */
    private void startNodes(int... indexes) {
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (int index : indexes) {
            starts.add(CompletableFuture.runAsync(() -> running[index] = LocalKafka.start(nodes.get(index))));
        }
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
    }

    private String bootstrapServers() {
        return String.join(
                ",", nodes.stream().map(LocalKafka.Settings::bootstrapServers).toList());
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    private void createTopic(String topic) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(3), Optional.empty())))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
    }

    /** Sends one record with {@code acks=all} and an idempotent producer; returns its value once acknowledged. */
    private String send(String value, Duration deliveryTimeout) throws Exception {
        try (KafkaProducer<String, String> producer = producer(deliveryTimeout)) {
            producer.send(new ProducerRecord<>("articles", value, value))
                    .get(deliveryTimeout.toMillis() + WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        return value;
    }

    /**
     * What keeps one record from being acknowledged within its delivery timeout and {@link #NO_ANSWER} more: the producer's
     * error, or, where the producer gets no answer at all, the wait running out. A new idempotent producer first asks
     * a broker for a producer id, which a broker without a controller quorum cannot allocate; the producer then waits
     * for the id and its batch never reaches the point where the delivery timeout is checked, so no error comes back
     * (Kafka's behaviour; either way nothing is acknowledged). The producer is closed without waiting, which drops
     * the record unsent.
     *
     * @return the exception, or null when the record was acknowledged
     */
    private Exception acknowledgement(String value, Duration deliveryTimeout) throws InterruptedException {
        KafkaProducer<String, String> producer = producer(deliveryTimeout);
        try {
            producer.send(new ProducerRecord<>("articles", value, value))
                    .get(deliveryTimeout.plus(NO_ANSWER).toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException | java.util.concurrent.TimeoutException ex) {
            return ex;
        } finally {
            producer.close(Duration.ZERO);
        }
    }

    private KafkaProducer<String, String> producer(Duration deliveryTimeout) {
        int timeoutMs = Math.toIntExact(deliveryTimeout.toMillis());
        Map<String, Object> settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                Math.min(timeoutMs, 5_000),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                timeoutMs,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                timeoutMs,
                ProducerConfig.LINGER_MS_CONFIG,
                0);
        return new KafkaProducer<>(settings);
    }

    /** Every value on the topic, read from its start to its end. */
    private List<String> readAll(String topic) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, WAIT).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, WAIT);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition, WAIT) < ends.get(partition))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }
}
