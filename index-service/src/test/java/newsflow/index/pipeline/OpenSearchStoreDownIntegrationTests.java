package newsflow.index.pipeline;

import static newsflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.EventJson;
import newsflow.contract.Topics;
import newsflow.index.IndexApplication;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.StoreUnavailableException;
import newsflow.index.store.opensearch.TestOpenSearch;
import newsflow.testsupport.KafkaIntegrationTest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * index-service on the OpenSearch store, against the real broker and the real OpenSearch node of this JVM, which
 * the test stops and starts again: while the store is down nothing is indexed, dead-lettered or committed, and
 * health says DOWN, and so does its metric for the alert rules; once it is back every pending article is indexed.
 */
@Tag("slow")
@SpringBootTest(
        classes = IndexApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
            "newsflow.index.store=opensearch", "newsflow.index.opensearch.replicas=0",
            "newsflow.index.retry.initial-interval=200ms", "newsflow.index.retry.max-interval=1s",
            "newsflow.kafka.retry.max-retries=1", "newsflow.kafka.retry.initial-interval=100ms"
        })
@ActiveProfiles(IndexApplication.PROFILE)
class OpenSearchStoreDownIntegrationTests extends KafkaIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String GROUP = "newsflow-index";

    private final ArticleStore store;
    private final HealthIndicator health;
    private final MeterRegistry meters;

    OpenSearchStoreDownIntegrationTests(
            @Autowired ArticleStore store,
            @Autowired @Qualifier("articleStoreHealthIndicator") HealthIndicator health,
            @Autowired MeterRegistry meters) {
        this.store = store;
        this.health = health;
        this.meters = meters;
    }

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        registry.add("newsflow.index.opensearch.uris", TestOpenSearch::uri);
        registry.add("newsflow.index.opensearch.index", () -> "listener-" + UUID.randomUUID());
    }

    @AfterEach
    void startTheStoreAgain() {
        TestOpenSearch.start();
    }

    @Test
    void keepsArticlesPendingWhileTheStoreIsDownAndIndexesThemWhenItIsBack() throws Exception {
        ArticleEnriched first = article(uniqueId()).build();
        send(first);
        awaitStored(first);
        Map<TopicPartition, Long> committedBefore = awaitAllCommitted();

        TestOpenSearch.stop();
        List<ArticleEnriched> pending =
                IntStream.range(0, 5).mapToObj(i -> article(uniqueId()).build()).toList();
        pending.forEach(OpenSearchStoreDownIntegrationTests::send);

        await("health DOWN").atMost(WAIT).until(() -> health.health().getStatus(), Status.DOWN::equals);
        assertThat(storeHealthMetric()).isEqualTo(0);
        await("offsets held while the store is down")
                .during(Duration.ofSeconds(3))
                .atMost(WAIT)
                .until(this::committed, committedBefore::equals);
        assertThat(topics.readAll(Topics.deadLetterOf(Topics.ENRICHED)))
                .noneMatch(dead ->
                        pending.stream().anyMatch(article -> article.articleId().equals(dead.key())));

        TestOpenSearch.start();

        pending.forEach(this::awaitStored);
        await("health UP").atMost(WAIT).until(() -> health.health().getStatus(), Status.UP::equals);
        assertThat(storeHealthMetric()).isEqualTo(1);
        awaitAllCommitted();
    }

    /** {@code newsflow.health{component="articleStore"}}, which NewsflowStoreUnreachable alerts on. */
    private double storeHealthMetric() {
        return meters.get("newsflow.health")
                .tag("component", "articleStore")
                .gauge()
                .value();
    }

    private static void send(ArticleEnriched article) {
        topics.send(Topics.ENRICHED, article.articleId(), EventJson.mapper().writeValueAsBytes(article));
    }

    private void awaitStored(ArticleEnriched article) {
        assertThat(await("article " + article.articleId() + " in the store")
                        .atMost(WAIT)
                        .ignoreExceptionsInstanceOf(StoreUnavailableException.class)
                        .until(() -> store.find(article.articleId()), Optional::isPresent))
                .contains(article);
    }

    /** Waits until the group has committed every record on the topic, and returns those offsets. */
    private Map<TopicPartition, Long> awaitAllCommitted() throws Exception {
        await("every record committed").atMost(WAIT).until(this::allCommitted);
        return committed();
    }

    private boolean allCommitted() throws Exception {
        Map<TopicPartition, Long> end = endOffsets();
        Map<TopicPartition, Long> committed = committed();
        return end.keySet().stream()
                .allMatch(partition -> end.get(partition).equals(committed.getOrDefault(partition, 0L)));
    }

    private Map<TopicPartition, Long> committed() throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata()
                    .get();
            return offsets.entrySet().stream()
                    .filter(entry -> entry.getKey().topic().equals(Topics.ENRICHED) && entry.getValue() != null)
                    .collect(Collectors.toMap(
                            Map.Entry::getKey, entry -> entry.getValue().offset()));
        }
    }

    private Map<TopicPartition, Long> endOffsets() throws Exception {
        try (Admin admin = admin()) {
            var partitions = admin
                    .describeTopics(List.of(Topics.ENRICHED))
                    .allTopicNames()
                    .get()
                    .get(Topics.ENRICHED)
                    .partitions()
                    .stream()
                    .map(info -> new TopicPartition(Topics.ENRICHED, info.partition()))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            return admin.listOffsets(partitions).all().get().entrySet().stream()
                    .collect(Collectors.toMap(
                            Map.Entry::getKey, entry -> entry.getValue().offset()));
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    private static String uniqueId() {
        return "down-" + UUID.randomUUID();
    }
}
