package newsflow.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleIngested;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.ConsumerGroups;
import newsflow.contract.Entity;
import newsflow.contract.EventJson;
import newsflow.contract.RetractionHeaders;
import newsflow.contract.Topics;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.enrich.EnrichApplication;
import newsflow.enrich.tagging.EnrichmentRevisions;
import newsflow.testsupport.KafkaIntegrationTest;
import newsflow.testsupport.TopicProbe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.GroupState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(
        classes = EnrichApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsflow.kafka.retry.max-retries=1", "newsflow.kafka.retry.initial-interval=100ms"})
@ActiveProfiles(EnrichApplication.PROFILE)
class IngestedArticleListenerIntegrationTests extends KafkaIntegrationTest {

    @Autowired
    ProducerFactory<?, ?> producerFactory;

    @Test
    void publishesTheArticleWithItsEntitiesAndProvenanceAsACloudEvent() {
        ArticleIngested article = article("Sergei Lavrov met Danish diplomats in Geneva.");

        topics.send(Topics.INGESTED, article.articleId(), EventJson.mapper().writeValueAsBytes(article));

        ConsumerRecord<String, byte[]> record = topics.awaitKey(Topics.ENRICHED, article.articleId());
        ArticleEnriched enriched = enriched(record);
        assertThat(TopicProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("newsflow.article.enriched");
        assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/newsflow/enrich-service");
        assertThat(TopicProbe.header(record, "ce_id"))
                .isEqualTo(article.articleId() + ":" + article.version() + ":"
                        + enriched.enrichedAt().toEpochMilli());
        assertThat(TopicProbe.header(record, "ce_subject")).isEqualTo(article.articleId());
        assertThat(TopicProbe.header(record, "content-type")).isEqualTo("application/json");
        assertThat(enriched.zones()).isEqualTo(article.zones());
        assertThat(enriched.version()).isEqualTo(article.version());
        assertThat(enriched.enrichmentRevision())
                .isPositive()
                .isEqualTo(EnrichmentRevisions.load()
                        .of(enriched.provenance().taggerVersion())
                        .revision());
        assertThat(enriched.entities())
                .extracting(Entity::id)
                .contains("person:sergei-lavrov", "country:DK", "location:geneva-ch");
        assertThat(enriched.provenance().models())
                .containsExactly(
                        "stanford-corenlp-4.5.10/english.conll.4class.distsim.crf",
                        "stanford-corenlp-4.5.10/english.conll.4class.caseless.distsim.crf");
    }

    @Test
    void passesARetractionOnAsATombstone() {
        String articleId = "demo-" + UUID.randomUUID();
        var retraction = new ArticleRetracted(articleId, 4, "demo", "retracted by publisher");

        topics.send(Topics.INGESTED, articleId, null, RetractionHeaders.toHeaders(retraction));

        ConsumerRecord<String, byte[]> tombstone = topics.awaitKey(Topics.ENRICHED, articleId);
        assertThat(tombstone.value()).isNull();
        assertThat(TopicProbe.header(tombstone, RetractionHeaders.VERSION)).isEqualTo("4");
        assertThat(TopicProbe.header(tombstone, "ce_type")).isEqualTo("newsflow.article.retracted");
        assertThat(TopicProbe.header(tombstone, "ce_source")).isEqualTo("/newsflow/enrich-service");
        assertThat(TopicProbe.header(tombstone, "ce_id")).isEqualTo(articleId + ":4:retracted");
    }

    @Test
    void deadLettersARecordThatIsNotAnArticleAndGoesOnWithTheNext() {
        String poisonKey = "poison-" + UUID.randomUUID();
        String tombstoneKey = "bare-tombstone-" + UUID.randomUUID();
        ArticleIngested next = article("Jeppe Kofod spoke.");

        topics.send(Topics.INGESTED, poisonKey, "not json{".getBytes(StandardCharsets.UTF_8));
        topics.send(Topics.INGESTED, tombstoneKey, (byte[]) null);
        topics.send(Topics.INGESTED, next.articleId(), EventJson.mapper().writeValueAsBytes(next));

        ConsumerRecord<String, byte[]> dead = topics.awaitKey(Topics.deadLetterOf(Topics.INGESTED), poisonKey);
        assertThat(TopicProbe.text(dead)).isEqualTo("not json{");
        assertThat(TopicProbe.header(dead, "kafka_dlt-exception-fqcn")).isNotBlank();
        assertThat(TopicProbe.header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.INGESTED);
        ConsumerRecord<String, byte[]> deadTombstone =
                topics.awaitKey(Topics.deadLetterOf(Topics.INGESTED), tombstoneKey);
        assertThat(TopicProbe.header(deadTombstone, "kafka_dlt-exception-message"))
                .contains("retraction headers");
        assertThat(enriched(topics.awaitKey(Topics.ENRICHED, next.articleId())).entities())
                .extracting(Entity::id)
                .contains("person:jeppe-kofod");
    }

    @Test
    void sharesPartitionsCooperativelyAndSendsIdempotently() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            await("enrich's consumer group stable")
                    .atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> {
                        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(ConsumerGroups.ENRICH))
                                .all()
                                .get(10, TimeUnit.SECONDS)
                                .get(ConsumerGroups.ENRICH);
                        assertThat(group.groupState()).isEqualTo(GroupState.STABLE);
                        assertThat(group.partitionAssignor()).isEqualTo("cooperative-sticky");
                    });
        }
        assertThat(producerFactory.getConfigurationProperties())
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all");
    }

    private static ArticleIngested article(String body) {
        String id = "a-" + UUID.randomUUID();
        return new ArticleIngested(
                "demo-" + id,
                1,
                "demo",
                id,
                null,
                null,
                "A headline",
                Instant.parse("2026-11-27T10:00:00Z"),
                "en",
                "0".repeat(64),
                null,
                List.of(new Zone(ZoneName.HEADLINE, "A headline"), new Zone(ZoneName.BODY, body)),
                Instant.parse("2026-11-27T10:00:01Z"));
    }

    private static ArticleEnriched enriched(ConsumerRecord<String, byte[]> record) {
        return EventJson.mapper().readValue(record.value(), ArticleEnriched.class);
    }
}
