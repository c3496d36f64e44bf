package newsflow.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import newsflow.testsupport.FreePorts;
import newsflow.testsupport.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code kafkaTopics} health against the JVM's real (single) broker, with topics of known shapes. */
class KafkaTopicsHealthIndicatorTests {

    private static final PipelineKafkaProperties.Topics ONE_BROKER =
            new PipelineKafkaProperties.Topics(3, 1, 1, 8_388_608);

    @Test
    void isUpWhenEveryTopicHasTheConfiguredShape() throws Exception {
        String topic = create(3, Map.of());

        Health health = health(ONE_BROKER, topic);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("brokers", 1).containsEntry("problems", List.of());
    }

    @Test
    void saysATopicHasFewerPartitionsThanConfigured() throws Exception {
        String topic = create(1, Map.of());

        Health health = health(ONE_BROKER, topic);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(problems(health))
                .containsExactly(topic + " has 1 partition(s), 3 configured (newsflow.kafka.topics.partitions)");
    }

    @Test
    void saysTheClusterHasFewerBrokersAndTheTopicFewerReplicasThanConfigured() throws Exception {
        String topic = create(3, Map.of());

        Health health = health(new PipelineKafkaProperties.Topics(3, 3, 1, 8_388_608), topic);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(problems(health))
                .containsExactly(
                        "the cluster has 1 broker(s), fewer than the replication factor 3"
                                + " (newsflow.kafka.topics.replication-factor)",
                        topic + " has 1 replica(s) of a partition, 3 configured"
                                + " (newsflow.kafka.topics.replication-factor)");
    }

    @Test
    void saysATopicTakesNoWriteWhenFewerReplicasAreInSyncThanItsMinimum() throws Exception {
        String topic = create(3, Map.of("min.insync.replicas", "2"));

        Health health = health(ONE_BROKER, topic);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(problems(health))
                .singleElement()
                .asString()
                .startsWith(topic + " partition ")
                .endsWith(" has 1 replica(s) in sync, fewer than its min.insync.replicas=2: writes to it are refused");
    }

    @Test
    void saysAMissingTopicAndALowerMinInsyncReplicasThanConfigured() throws Exception {
        String present = create(3, Map.of());
        String missing = "missing-" + UUID.randomUUID();

        Health health = health(new PipelineKafkaProperties.Topics(3, 1, 2, 8_388_608), present, missing);

        assertThat(problems(health))
                .containsExactly(
                        present + " has min.insync.replicas=1, 2 configured"
                                + " (newsflow.kafka.topics.min-insync-replicas)",
                        "topic " + missing + " does not exist");
    }

    @Test
    void checksTheTopicsAServiceDeclaresOfItsOwnBesideTheSharedOnes() {
        String own = "own-" + UUID.randomUUID();
        new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(KafkaAutoConfiguration.class, PipelineKafkaAutoConfiguration.class))
                .withBean("ownTopic", NewTopic.class, () -> new NewTopic(own, 3, (short) 1))
                .withPropertyValues(
                        "spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                        "spring.kafka.admin.auto-create=false",
                        "newsflow.kafka.topics.replication-factor=1",
                        "newsflow.kafka.topics.min-insync-replicas=1")
                .run(context -> assertThat(problems(context.getBean(KafkaTopicsHealthIndicator.class)
                                .health()))
                        .contains("topic " + own + " does not exist"));
    }

    @Test
    void isDownNamingTheFailureWhenNoBrokerAnswers() {
        Map<String, Object> nowhere =
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + FreePorts.any());
        try (var indicator = new KafkaTopicsHealthIndicator(nowhere, ONE_BROKER, List.of("articles.raw"))) {
            Health health = indicator.health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(problems(health)).singleElement().asString().startsWith("Kafka did not answer");
        }
    }

    private static Health health(PipelineKafkaProperties.Topics configured, String... topics) {
        try (var indicator = new KafkaTopicsHealthIndicator(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()),
                configured,
                List.of(topics))) {
            return indicator.health();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(Health health) {
        return (List<String>) health.getDetails().get("problems");
    }

    private static String create(int partitions, Map<String, String> configs) throws Exception {
        String topic = "shape-" + UUID.randomUUID();
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty()).configs(configs)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
        return topic;
    }
}
