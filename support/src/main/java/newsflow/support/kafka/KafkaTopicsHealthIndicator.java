package newsflow.support.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationListener;

/**
 * {@code kafkaTopics} in the health endpoint: DOWN, with a sentence for each shortfall, when the cluster does not
 * answer or gives the pipeline topics weaker guarantees than configured (fewer partitions, replicas or
 * {@code min.insync.replicas}, fewer brokers than the replication factor, a partition with too few replicas in sync
 * to take a write). The same sentences are logged at ERROR when the service has started, so a service never runs with
 * weaker guarantees than configured without saying so. UNKNOWN when the service's Kafka user may not describe its
 * topics. The answer is kept for a few seconds, so frequent health checks do not each ask the cluster.
 */
class KafkaTopicsHealthIndicator implements HealthIndicator, ApplicationListener<ApplicationReadyEvent>, AutoCloseable {

    static final Duration KEPT = Duration.ofSeconds(10);
    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(KafkaTopicsHealthIndicator.class);

    private final Admin admin;
    private final PipelineKafkaProperties.Topics configured;
    private final List<String> topics;
    private Health last;
    private Instant lastAt = Instant.MIN;

    KafkaTopicsHealthIndicator(
            Map<String, Object> adminSettings, PipelineKafkaProperties.Topics configured, List<String> topics) {
        Map<String, Object> settings = new LinkedHashMap<>(adminSettings);
        int timeout = Math.toIntExact(ASK_TIMEOUT.toMillis());
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-topics-health");
        this.admin = Admin.create(settings);
        this.configured = configured;
        this.topics = List.copyOf(topics);
    }

    @Override
    public synchronized Health health() {
        Instant now = Instant.now();
        if (last == null || now.isAfter(lastAt.plus(KEPT))) {
            last = ask();
            lastAt = now;
        }
        return last;
    }

    /**
     * Says at start what is wrong, if anything: on a thread of its own, so that a broker that does not answer delays
     * neither the start nor the readiness of the service by the time the question takes.
     */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Thread check = new Thread(
                () -> {
                    Health health = health();
                    if (!health.getStatus().equals(Status.UP)) {
                        log.error(
                                "Kafka does not give the pipeline topics what this service is configured for: {}",
                                health.getDetails());
                    }
                },
                "kafka-topics-check");
        check.setDaemon(true);
        check.start();
    }

    private Health ask() {
        try {
            int brokers = admin.describeCluster()
                    .nodes()
                    .get(ASK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .size();
            Map<String, Optional<TopicShapes.Observed>> observed = observe();
            List<String> problems = TopicShapes.problems(configured, brokers, observed);
            return (problems.isEmpty() ? Health.up() : Health.down())
                    .withDetail("brokers", brokers)
                    .withDetail("problems", problems)
                    .build();
        } catch (TimeoutException ex) {
            return down("Kafka did not answer within " + ASK_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof AuthorizationException denied) {
                return Health.unknown()
                        .withDetail("problems", List.of("not allowed to describe the topics: " + denied.getMessage()))
                        .build();
            }
            return down("Kafka did not answer: " + ex.getCause().getMessage());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return down("interrupted while asking Kafka");
        }
    }

    private Map<String, Optional<TopicShapes.Observed>> observe()
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, Optional<TopicShapes.Observed>> observed = new LinkedHashMap<>();
        var described = admin.describeTopics(topics).topicNameValues();
        for (String topic : topics) {
            TopicDescription description;
            try {
                description = described.get(topic).get(ASK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException ex) {
                if (ex.getCause() instanceof UnknownTopicOrPartitionException) {
                    observed.put(topic, Optional.empty());
                    continue;
                }
                throw ex;
            }
            observed.put(topic, Optional.of(shape(description, minInsyncReplicas(topic))));
        }
        return observed;
    }

    private int minInsyncReplicas(String topic) throws ExecutionException, InterruptedException, TimeoutException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource))
                .all()
                .get(ASK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .get(resource);
        var entry = config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
        return entry == null ? 1 : Integer.parseInt(entry.value());
    }

    private static TopicShapes.Observed shape(TopicDescription description, int minInsyncReplicas) {
        Collection<TopicPartitionInfo> partitions = description.partitions();
        int replicas = Integer.MAX_VALUE;
        int fewestInSync = Integer.MAX_VALUE;
        int partitionWithFewest = 0;
        for (TopicPartitionInfo partition : partitions) {
            replicas = Math.min(replicas, partition.replicas().size());
            if (partition.isr().size() < fewestInSync) {
                fewestInSync = partition.isr().size();
                partitionWithFewest = partition.partition();
            }
        }
        return new TopicShapes.Observed(
                partitions.size(), replicas, minInsyncReplicas, fewestInSync, partitionWithFewest);
    }

    private static Health down(String problem) {
        return Health.down().withDetail("problems", List.of(problem)).build();
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(1));
    }
}
