package newsflow.launcher.reliability;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import newsflow.contract.Topics;
import newsflow.launcher.reliability.SeparateServices.Service;
import newsflow.testsupport.FreePorts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;

/**
 * The production shape without Docker: a three-node Kafka cluster, each node a {@code newsflow.jar kafka --node-id N
 * --controller-quorum ...} process with its own data, and the services as several processes each ({@code newsflow.jar
 * service ...}) in their consumer groups, with the pipeline topics replicated three times and
 * {@code min.insync.replicas=2}. Any node or instance can be killed for real and started again on its data.
 */
final class ClusterServices implements AutoCloseable {

    static final int NODES = 3;

    private final Path jar;
    private final Path folder;
    private final List<String> publishers;
    private final String clusterId = Uuid.randomUuid().toString();
    private final int[] brokerPorts = new int[NODES];
    private final int[] controllerPorts = new int[NODES];
    private final JavaProcess[] nodes = new JavaProcess[NODES];
    private final Set<Integer> taken = new HashSet<>();
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, JavaProcess> running = new LinkedHashMap<>();
    private List<String> indexStore = List.of();

    /**
     * @param publishers settings of ingest's HTTP publishers, e.g. {@code newsflow.ingest.publishers[0].source=a}
     */
    ClusterServices(Path jar, Path folder, List<String> publishers) {
        this.jar = jar;
        this.folder = folder;
        this.publishers = List.copyOf(publishers);
        for (int i = 0; i < NODES; i++) {
            brokerPorts[i] = freePort();
            controllerPorts[i] = freePort();
        }
    }

    String bootstrapServers() {
        List<String> servers = new ArrayList<>();
        for (int port : brokerPorts) {
            servers.add("localhost:" + port);
        }
        return String.join(",", servers);
    }

    /** The address of an instance, such as {@code ingest-1}. */
    String url(String instance) {
        return "http://localhost:" + ports.get(instance);
    }

    /** Starts every node at once (each waits for a majority of the controllers), and waits until all three serve. */
    void startCluster() {
        for (int node = 1; node <= NODES; node++) {
            launchNode(node);
        }
        awaitBrokers(NODES);
    }

    void startNode(int node) {
        launchNode(node);
    }

    void killNode(int node) {
        nodes[node - 1].kill();
        nodes[node - 1] = null;
    }

    /** SIGTERM: the node shuts down as on Ctrl-C (its broker hands its partitions over first). */
    void stopNode(int node) {
        nodes[node - 1].stop();
        nodes[node - 1] = null;
    }

    /** Waits until every partition of the pipeline topics has all its replicas in sync again. */
    void awaitFullyReplicated() {
        await("every pipeline partition with all its replicas in sync")
                .atMost(SeparateServices.START_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    try (Admin admin = admin()) {
                        return admin
                                .describeTopics(Topics.PIPELINE)
                                .allTopicNames()
                                .get(10, TimeUnit.SECONDS)
                                .values()
                                .stream()
                                .flatMap(topic -> topic.partitions().stream())
                                .allMatch(partition -> partition.isr().size()
                                        == partition.replicas().size());
                    } catch (Exception ex) {
                        return false;
                    }
                });
    }

    /** The members of a consumer group, as {@code clientId -> partitions of topic} (empty lists for idle ones). */
    Map<String, List<Integer>> members(String group, String topic) throws Exception {
        try (Admin admin = admin()) {
            var description = admin.describeConsumerGroups(List.of(group))
                    .all()
                    .get(30, TimeUnit.SECONDS)
                    .get(group);
            Map<String, List<Integer>> members = new HashMap<>();
            description
                    .members()
                    .forEach(member -> members.put(
                            member.clientId() + " " + member.consumerId(),
                            member.assignment().topicPartitions().stream()
                                    .filter(partition -> partition.topic().equals(topic))
                                    .map(partition -> partition.partition())
                                    .toList()));
            return members;
        }
    }

    /** Waits until this many brokers are registered and serving clients. */
    void awaitBrokers(int count) {
        await(count + " Kafka brokers serving")
                .atMost(SeparateServices.START_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .failFast(() -> {
                    for (JavaProcess node : nodes) {
                        if (node != null) {
                            node.assertRunning();
                        }
                    }
                })
                .until(() -> brokersServing() >= count);
    }

    /** The node that leads the most partitions of the pipeline topics. */
    int leaderOfMostPartitions() throws Exception {
        try (Admin admin = admin()) {
            Map<Integer, Long> led =
                    admin.describeTopics(Topics.PIPELINE).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                            .flatMap(topic -> topic.partitions().stream())
                            .map(TopicPartitionInfo::leader)
                            .filter(leader -> leader != null)
                            .collect(Collectors.groupingBy(leader -> leader.id(), Collectors.counting()));
            return led.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
        }
    }

    /** Starts an instance of a service, e.g. {@code enrich-2}, and waits until its health is UP. */
    void start(Service service, int instance) {
        launch(service, instance);
        awaitUp(service, instance);
    }

    /** Starts an instance of a service without waiting for it. */
    void launch(Service service, int instance) {
        String name = name(service, instance);
        ports.computeIfAbsent(name, any -> freePort());
        List<String> arguments =
                SeparateServices.serviceArguments(jar, service, bootstrapServers(), ports.get(name), publishers);
        arguments.add("--spring.kafka.client-id=" + name);
        arguments.add("--newsflow.kafka.topics.replication-factor=3");
        arguments.add("--newsflow.kafka.topics.min-insync-replicas=2");
        if (service == Service.INDEX) {
            arguments.add("--newsflow.index.lucene.path=" + folder.resolve(name));
            arguments.addAll(indexStore);
        }
        running.put(name, JavaProcess.start(name, log(name), SeparateServices.jvmOptions(service), arguments));
    }

    /** Waits until an instance's health is UP (ingest's readiness). */
    void awaitUp(Service service, int instance) {
        String name = name(service, instance);
        JavaProcess process = running.get(name);
        String health = url(name) + SeparateServices.healthPath(service);
        await(name + " UP at " + health)
                .atMost(SeparateServices.START_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .failFast(process::assertRunning)
                .until(() -> Health.isUp(health));
    }

    /** Index instances started from now on share this OpenSearch node as their store, instead of a Lucene index each. */
    void indexOnOpenSearch(String uri) {
        indexStore = List.of(
                "--newsflow.index.store=opensearch",
                "--newsflow.index.opensearch.uris=" + uri,
                "--newsflow.index.opensearch.replicas=0");
    }

    void kill(Service service, int instance) {
        running.remove(name(service, instance)).kill();
    }

    void stop(Service service, int instance) {
        running.remove(name(service, instance)).stop();
    }

    private void launchNode(int node) {
        String voters = "";
        for (int i = 0; i < NODES; i++) {
            voters += (i == 0 ? "" : ",") + (i + 1) + "@localhost:" + controllerPorts[i];
        }
        nodes[node - 1] = JavaProcess.start(
                "kafka-" + node,
                log("kafka-" + node),
                List.of("-Xmx512m"),
                List.of(
                        "-jar",
                        jar.toString(),
                        "kafka",
                        "--data-dir",
                        folder.resolve("kafka-" + node).toString(),
                        "--kafka-port",
                        Integer.toString(brokerPorts[node - 1]),
                        "--node-id",
                        Integer.toString(node),
                        "--controller-quorum",
                        voters,
                        "--cluster-id",
                        clusterId));
    }

    private int brokersServing() {
        try (Admin admin = admin()) {
            return admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size();
        } catch (Exception ex) {
            return 0;
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                3_000));
    }

    private int freePort() {
        int port = FreePorts.anyExcept(taken);
        taken.add(port);
        return port;
    }

    private static String name(Service service, int instance) {
        return service.name().toLowerCase() + "-" + instance;
    }

    private Path log(String name) {
        return folder.resolve("logs").resolve(name + ".log");
    }

    /** Stops the services, then every node at once (the last of them one by one would wait for a lost quorum). */
    @Override
    public void close() {
        running.values().forEach(JavaProcess::stop);
        running.clear();
        List<Thread> stops = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            JavaProcess node = nodes[i];
            nodes[i] = null;
            if (node != null) {
                stops.add(startThread(node::stop));
            }
        }
        for (Thread stop : stops) {
            try {
                stop.join();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Thread startThread(Runnable task) {
        Thread thread = new Thread(task, "newsflow-cluster-stop");
        thread.start();
        return thread;
    }
}
