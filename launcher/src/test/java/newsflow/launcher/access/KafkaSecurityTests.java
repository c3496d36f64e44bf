package newsflow.launcher.access;

import static newsflow.launcher.access.SecuredCluster.CLIENT_WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import newsflow.contract.ConsumerGroups;
import newsflow.contract.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the secured broker lets each account do, asked with clients built by the {@code kafka-sasl} profile: exactly
 * what the {@link AccessPolicy} grants, and nothing else.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaSecurityTests {

    private SecuredCluster cluster;

    @BeforeAll
    void startASecuredBrokerSetUpByKafkaSetup(@TempDir Path directory) {
        cluster = SecuredCluster.start(directory);
    }

    @AfterAll
    void stopTheBroker() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void refusesAServiceThatLogsInWithTheWrongPassword() {
        String wrong = "x" + cluster.passwords().get(ServiceAccount.INGEST);

        try (var producer = cluster.producerWithPassword(ServiceAccount.INGEST, wrong)) {
            assertThat(refusalOf(() -> send(producer, Topics.RAW, "wrong-password")))
                    .isInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void refusesIngestWritingArticlesEnriched() {
        try (var producer = cluster.producer(ServiceAccount.INGEST)) {
            Throwable refusal = refusalOf(() -> send(producer, Topics.ENRICHED, "not-ingests-to-write"));

            assertThat(refusal).isInstanceOf(TopicAuthorizationException.class);
            assertThat(((TopicAuthorizationException) refusal).unauthorizedTopics())
                    .containsExactly(Topics.ENRICHED);
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceAccount.class)
    void refusesEveryAccountWritingATopicItDoesNotOwn(ServiceAccount account) {
        List<String> forbidden = new ArrayList<>(AccessPolicy.allTopics());
        forbidden.removeAll(AccessPolicy.of(account).writes());

        try (var producer = cluster.producer(account)) {
            for (String topic : forbidden) {
                assertThat(refusalOf(() -> send(producer, topic, "forbidden")))
                        .as(account + " writing " + topic)
                        .isInstanceOf(AuthorizationException.class);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceAccount.class)
    void refusesEveryAccountReadingATopicItIsNotGiven(ServiceAccount account) {
        List<String> forbidden = new ArrayList<>(AccessPolicy.allTopics());
        forbidden.removeAll(AccessPolicy.of(account).reads());

        for (String topic : forbidden) {
            try (var consumer = cluster.consumer(account, null)) {
                consumer.assign(List.of(new TopicPartition(topic, 0)));
                assertThat(firstFailureOf(consumer))
                        .as(account + " reading " + topic)
                        .isInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    @Test
    void refusesAServiceConsumingInOrLookingIntoAnotherServicesGroup() {
        try (var consumer = cluster.consumer(ServiceAccount.INDEX, ConsumerGroups.ENRICH);
                Admin ingest = cluster.admin(ServiceAccount.INGEST)) {
            consumer.subscribe(List.of(Topics.ENRICHED));

            assertThat(firstFailureOf(consumer)).isInstanceOf(GroupAuthorizationException.class);
            assertThat(refusalOf(() -> ingest.listConsumerGroupOffsets(ConsumerGroups.ENRICH)
                            .partitionsToOffsetAndMetadata()
                            .get(CLIENT_WAIT.toSeconds(), TimeUnit.SECONDS)))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void refusesServicesCreatingOrDeletingTopics() {
        try (Admin ingest = cluster.admin(ServiceAccount.INGEST);
                Admin dashboard = cluster.admin(ServiceAccount.DASHBOARD)) {
            assertThat(refusalOf(() -> ingest.createTopics(List.of(new NewTopic("articles.raw.copy", 1, (short) 1)))
                            .all()
                            .get(CLIENT_WAIT.toSeconds(), TimeUnit.SECONDS)))
                    .isInstanceOf(TopicAuthorizationException.class);
            assertThat(refusalOf(() -> dashboard
                            .deleteTopics(List.of(Topics.ENRICHED))
                            .all()
                            .get(CLIENT_WAIT.toSeconds(), TimeUnit.SECONDS)))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceAccount.class)
    void letsEveryAccountWriteItsTopicsReadItsTopicsInItsGroupAndSeeTheGroupsItWatches(ServiceAccount account)
            throws Exception {
        Access access = AccessPolicy.of(account);
        String key = "granted-" + account.key() + "-" + UUID.randomUUID();

        if (!access.writes().isEmpty()) {
            try (var producer = cluster.producer(account)) {
                for (String topic : access.writes()) {
                    assertThat(send(producer, topic, key).topic()).isEqualTo(topic);
                }
            }
        }
        try (var producer = cluster.adminProducer()) {
            for (String topic : access.reads()) {
                send(producer, topic, key);
            }
        }
        assertThat(readKeyFromEveryTopic(account, access, key)).containsExactlyInAnyOrderElementsOf(access.reads());
        try (Admin admin = cluster.admin(account)) {
            for (String group : access.watchedGroups()) {
                admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata()
                        .get(CLIENT_WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Reads each of the account's topics, in its group (committing what it read) if it has one, until a record with
     * the key came from each; returns the topics it came from.
     */
    private Set<String> readKeyFromEveryTopic(ServiceAccount account, Access access, String key) {
        String group = access.groups().isEmpty() ? null : access.groups().get(0);
        Set<String> found = new HashSet<>();
        try (var consumer = cluster.consumer(account, group)) {
            if (group == null) {
                List<TopicPartition> partitions = new ArrayList<>();
                access.reads()
                        .forEach(topic -> consumer.partitionsFor(topic)
                                .forEach(info -> partitions.add(new TopicPartition(topic, info.partition()))));
                consumer.assign(partitions);
            } else {
                consumer.subscribe(access.reads());
            }
            await(account + " reading " + access.reads())
                    .atMost(CLIENT_WAIT)
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .until(() -> {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                            if (key.equals(record.key())) {
                                found.add(record.topic());
                            }
                        }
                        return found.size() == access.reads().size();
                    });
            if (group != null) {
                consumer.commitSync();
            }
        }
        return found;
    }

    private static RecordMetadata send(KafkaProducer<String, String> producer, String topic, String key)
            throws Exception {
        return producer.send(new ProducerRecord<>(topic, key, "{}")).get(CLIENT_WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** What the broker answered an action it refused, unwrapped from the future it came in. */
    /**
     * The authorization error behind a failed call, else what it threw. A producer refused its producer id (an account
     * with no WRITE at all) fails its first send with that refusal and every later one with "in an error state",
     * caused by it: which of the two a send meets depends on when the broker's answer arrives.
     */
    private static Throwable refusalOf(ThrowingCallable action) {
        Throwable thrown = catchThrowable(action);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthorizationException) {
                return cause;
            }
        }
        return thrown instanceof ExecutionException ? thrown.getCause() : thrown;
    }

    /** The first error polling the consumer gives; none within the client wait fails the test. */
    private static KafkaException firstFailureOf(KafkaConsumer<String, String> consumer) {
        AtomicReference<KafkaException> failure = new AtomicReference<>();
        await("a refusal")
                .atMost(CLIENT_WAIT)
                .pollInSameThread()
                .pollDelay(Duration.ZERO)
                .until(() -> {
                    try {
                        consumer.poll(Duration.ofMillis(200));
                        return false;
                    } catch (KafkaException ex) {
                        failure.set(ex);
                        return true;
                    }
                });
        return failure.get();
    }
}
