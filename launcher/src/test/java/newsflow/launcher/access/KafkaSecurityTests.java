package newsflow.launcher.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import newsflow.contract.ConsumerGroups;
import newsflow.contract.EventJson;
import newsflow.contract.RawArticle;
import newsflow.contract.Topics;
import newsflow.launcher.kafka.SecuredKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * A real broker secured as production's ({@link SecuredKafka}), set up by the operators' own kafka-setup: the
 * accounts' SCRAM credentials, the topics and the {@link AccessPolicy} ACLs. Clients are configured by the
 * {@code kafka-sasl} profile, and the services run under it, each as its own user.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class KafkaSecurityTests {

    private static final Duration CLIENT_WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String adminPassword = newPassword();
    private final Map<ServiceAccount, String> passwords = new EnumMap<>(ServiceAccount.class);
    private Path directory;
    private SecuredKafka kafka;
    private ProfileClients clients;

    @BeforeAll
    void startASecuredBrokerAndSetItUpAsTheOperatorsWould(@TempDir Path directory) {
        this.directory = directory;
        for (ServiceAccount account : ServiceAccount.values()) {
            passwords.put(account, newPassword());
        }
        kafka = SecuredKafka.start(directory.resolve("kafka"), adminPassword, newPassword());
        clients = new ProfileClients(kafka.bootstrapServers());
        KafkaSetupApplication.application().run(setupArguments()).close();
        awaitTheBrokerKnowsEveryAccountAndGrant();
    }

    @AfterAll
    void stopTheBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void refusesAServiceThatLogsInWithTheWrongPassword() {
        try (var producer = clients.producer(ServiceAccount.INGEST.user(), "x" + passwords.get(ServiceAccount.INGEST))) {
            assertThat(refusalOf(() -> send(producer, Topics.RAW, "wrong-password")))
                    .isInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void refusesIngestWritingArticlesEnriched() {
        try (var producer = producerOf(ServiceAccount.INGEST)) {
            Throwable refusal = refusalOf(() -> send(producer, Topics.ENRICHED, "not-ingests-to-write"));

            assertThat(refusal).isInstanceOf(TopicAuthorizationException.class);
            assertThat(((TopicAuthorizationException) refusal).unauthorizedTopics()).containsExactly(Topics.ENRICHED);
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceAccount.class)
    void refusesEveryAccountWritingATopicItDoesNotOwn(ServiceAccount account) {
        List<String> forbidden = new ArrayList<>(AccessPolicy.allTopics());
        forbidden.removeAll(AccessPolicy.of(account).writes());

        try (var producer = producerOf(account)) {
            for (String topic : forbidden) {
                assertThat(refusalOf(() -> send(producer, topic, "forbidden"))).as(account + " writing " + topic)
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
            try (var consumer = consumerOf(account, null)) {
                consumer.assign(List.of(new TopicPartition(topic, 0)));
                assertThat(firstFailureOf(consumer)).as(account + " reading " + topic)
                        .isInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    @Test
    void refusesAServiceConsumingInOrLookingIntoAnotherServicesGroup() {
        try (var consumer = consumerOf(ServiceAccount.INDEX, ConsumerGroups.ENRICH);
                Admin ingest = adminOf(ServiceAccount.INGEST)) {
            consumer.subscribe(List.of(Topics.ENRICHED));

            assertThat(firstFailureOf(consumer)).isInstanceOf(GroupAuthorizationException.class);
            assertThat(refusalOf(() -> ingest.listConsumerGroupOffsets(ConsumerGroups.ENRICH)
                    .partitionsToOffsetAndMetadata().get(CLIENT_WAIT.toSeconds(), TimeUnit.SECONDS)))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void refusesServicesCreatingOrDeletingTopics() {
        try (Admin ingest = adminOf(ServiceAccount.INGEST); Admin dashboard = adminOf(ServiceAccount.DASHBOARD)) {
            assertThat(refusalOf(() -> ingest.createTopics(List.of(new NewTopic("articles.raw.copy", 1, (short) 1)))
                    .all().get(CLIENT_WAIT.toSeconds(), TimeUnit.SECONDS)))
                    .isInstanceOf(TopicAuthorizationException.class);
            assertThat(refusalOf(() -> dashboard.deleteTopics(List.of(Topics.ENRICHED)).all()
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
            try (var producer = producerOf(account)) {
                for (String topic : access.writes()) {
                    assertThat(send(producer, topic, key).topic()).isEqualTo(topic);
                }
            }
        }
        try (var producer = clients.producer(SecuredKafka.ADMIN, adminPassword)) {
            for (String topic : access.reads()) {
                send(producer, topic, key);
            }
        }
        assertThat(readKeyFromEveryTopic(account, access, key)).containsExactlyInAnyOrderElementsOf(access.reads());
        try (Admin admin = adminOf(account)) {
            for (String group : access.watchedGroups()) {
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get(CLIENT_WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void runsThePipelineWithEveryServiceLoggedInAsItsOwnUserAndLogsNoPassword(CapturedOutput output)
            throws Exception {
        String publisherKey = newPassword();
        String article = EventJson.mapper().writeValueAsString(new RawArticle("demo", "secured-" + UUID.randomUUID(),
                null, "Secured article", "Jeppe Kofod spoke in Copenhagen.", null, null, "en", 1L, null));

        try (var services = SecuredServices.start(kafka.bootstrapServers(), passwords, directory.resolve("index"),
                sha256(publisherKey))) {
            HttpResponse<String> accepted = post(services.ingestPort(), "/api/articles", publisherKey, article);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String articleId = EventJson.mapper().readTree(accepted.body()).get("articleId").asString();

            await("the article in the index").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> get(services.indexPort(), "/api/articles/" + articleId).statusCode() == 200);
            await("every stage's offsets on the dashboard").atMost(CLIENT_WAIT).untilAsserted(() ->
                    assertThat(EventJson.mapper().readTree(get(services.dashboardPort(), "/api/flow").body())
                            .get("stages")).hasSize(3).allSatisfy(KafkaSecurityTests::caughtUp));
        }
        List<String> secrets = new ArrayList<>(passwords.values());
        secrets.add(adminPassword);
        assertThat(output.getAll()).doesNotContain(secrets.toArray(String[]::new));
    }

    /** A stage on the dashboard that has consumed records and has none left to consume. */
    private static void caughtUp(JsonNode stage) {
        long committed = 0;
        for (JsonNode partition : stage.get("partitions")) {
            committed += partition.get("committed").asLong();
        }
        assertThat(committed).as("records %s committed", stage.get("group")).isPositive();
        assertThat(stage.get("lagRecords").asLong()).as("lag of %s", stage.get("group")).isZero();
    }

    /** Reads each of the account's topics, in its group if it has one, until a record with the key came from each. */
    private Set<String> readKeyFromEveryTopic(ServiceAccount account, Access access, String key) {
        String group = access.groups().isEmpty() ? null : access.groups().get(0);
        Set<String> found = new HashSet<>();
        try (var consumer = consumerOf(account, group)) {
            if (group == null) {
                List<TopicPartition> partitions = new ArrayList<>();
                access.reads().forEach(topic -> consumer.partitionsFor(topic)
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition()))));
                consumer.assign(partitions);
            }
            else {
                consumer.subscribe(access.reads());
            }
            await(account + " reading " + access.reads()).atMost(CLIENT_WAIT).pollInSameThread()
                    .pollDelay(Duration.ZERO).until(() -> {
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

    private String[] setupArguments() {
        List<String> args = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--spring.kafka.security.protocol=SASL_PLAINTEXT",
                "--newsflow.kafka.username=" + SecuredKafka.ADMIN,
                "--newsflow.kafka.password=" + adminPassword,
                "--spring.main.banner-mode=off"));
        passwords.forEach((account, password) ->
                args.add("--newsflow.setup.passwords." + account.key() + "=" + password));
        return args.toArray(String[]::new);
    }

    /** Credentials and ACLs reach the broker a moment after the controller took them; wait for that moment. */
    private void awaitTheBrokerKnowsEveryAccountAndGrant() {
        Set<String> users = new HashSet<>();
        passwords.keySet().forEach(account -> users.add(account.user()));
        try (Admin admin = Admin.create(kafka.adminClientSettings())) {
            await("every account and grant on the broker").atMost(CLIENT_WAIT).untilAsserted(() -> {
                assertThat(admin.describeUserScramCredentials().users().get(10, TimeUnit.SECONDS))
                        .containsAll(users);
                assertThat(admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS))
                        .containsExactlyInAnyOrderElementsOf(AccessPolicy.bindings());
            });
        }
    }

    private KafkaProducer<String, String> producerOf(ServiceAccount account) {
        return clients.producer(account.user(), passwords.get(account));
    }

    private KafkaConsumer<String, String> consumerOf(ServiceAccount account, String group) {
        return clients.consumer(account.user(), passwords.get(account), group);
    }

    private Admin adminOf(ServiceAccount account) {
        return clients.admin(account.user(), passwords.get(account));
    }

    private static RecordMetadata send(KafkaProducer<String, String> producer, String topic, String key)
            throws Exception {
        return producer.send(new ProducerRecord<>(topic, key, "{}")).get(CLIENT_WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** What the broker answered an action it refused, unwrapped from the future it came in. */
    private static Throwable refusalOf(ThrowingCallable action) {
        Throwable thrown = catchThrowable(action);
        return thrown instanceof ExecutionException ? thrown.getCause() : thrown;
    }

    /** The first error polling the consumer gives; none within the client wait fails the test. */
    private static KafkaException firstFailureOf(KafkaConsumer<String, String> consumer) {
        AtomicReference<KafkaException> failure = new AtomicReference<>();
        await("a refusal").atMost(CLIENT_WAIT).pollInSameThread().pollDelay(Duration.ZERO).until(() -> {
            try {
                consumer.poll(Duration.ofMillis(200));
                return false;
            }
            catch (KafkaException ex) {
                failure.set(ex);
                return true;
            }
        });
        return failure.get();
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String sha256(String key) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> post(int port, String path, String key, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
