package newsflow.enrich.retag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleIngested;
import newsflow.contract.Entity;
import newsflow.contract.EntityDigests;
import newsflow.contract.EventJson;
import newsflow.contract.RetagOutcome;
import newsflow.contract.RetagRequest;
import newsflow.contract.Topics;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.enrich.EnrichApplication;
import newsflow.enrich.pipeline.ArticleEnrichment;
import newsflow.testsupport.KafkaIntegrationTest;
import newsflow.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Re-tag requests on a real broker, served by the running enrich-service: an article whose entities changed is
 * published again with the same version and the tagger's enrichment revision; one whose entities are as published is
 * not; each request is answered on {@code articles.retag.outcomes}.
 */
@SpringBootTest(
        classes = EnrichApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsflow.kafka.retry.max-retries=1", "newsflow.kafka.retry.initial-interval=100ms"})
@ActiveProfiles(EnrichApplication.PROFILE)
class RetagListenerIntegrationTests extends KafkaIntegrationTest {

    @Autowired
    ArticleEnrichment enrichment;

    @Test
    void publishesAnArticleWhoseEntitiesChangedWithTheSameVersionAndTheNewRevision() {
        ArticleIngested article = article("Sergei Lavrov met Danish diplomats in Geneva.", 7);
        String runId = run();
        // what an older tagger published: the same version, revision 0, other entities
        var published = new RetagRequest.Published(7, 0, EntityDigests.of(List.of()));

        send(new RetagRequest(runId, article, published));

        RetagOutcome outcome = outcome(runId, article.articleId());
        assertThat(outcome.result()).isEqualTo(RetagOutcome.Result.CHANGED);
        assertThat(outcome.enrichmentRevision()).isEqualTo(enrichment.enrichmentRevision());
        ConsumerRecord<String, byte[]> record = topics.awaitKey(Topics.ENRICHED, article.articleId());
        assertThat(TopicProbe.header(record, RetagRequest.RUN_HEADER)).isEqualTo(runId);
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("newsflow.article.enriched");
        ArticleEnriched retagged = enriched(record);
        assertThat(retagged.version()).isEqualTo(7);
        assertThat(retagged.enrichmentRevision()).isEqualTo(enrichment.enrichmentRevision());
        assertThat(retagged.entities())
                .extracting(Entity::id)
                .contains("person:sergei-lavrov", "country:DK", "location:geneva-ch");
    }

    @Test
    void publishesNothingWhenTheEntitiesAreAsPublished() {
        ArticleIngested article = article("Jeppe Kofod spoke in Copenhagen.", 3);
        String digest = EntityDigests.of(enrichment.enrich(article).entities());
        String runId = run();

        send(new RetagRequest(runId, article, new RetagRequest.Published(3, 0, digest)));

        RetagOutcome outcome = outcome(runId, article.articleId());
        assertThat(outcome.result()).isEqualTo(RetagOutcome.Result.UNCHANGED);
        assertThat(outcome.enrichmentRevision()).isZero();
        // the listener publishes a changed article before it answers, so after the answer nothing can follow
        assertThat(topics.readWithKey(Topics.ENRICHED, article.articleId())).isEmpty();
    }

    @Test
    void leavesAloneWhatThisTaggerOrANewerVersionAlreadyPublished() {
        ArticleIngested sameTagger = article("Mette Frederiksen visited Aarhus.", 2);
        ArticleIngested olderVersion = article("Mette Frederiksen visited Odense.", 2);
        String runId = run();

        send(new RetagRequest(
                runId, sameTagger, new RetagRequest.Published(2, enrichment.enrichmentRevision(), "0123456789abcdef")));
        send(new RetagRequest(runId, olderVersion, new RetagRequest.Published(5, 0, "0123456789abcdef")));

        assertThat(outcome(runId, sameTagger.articleId()).result()).isEqualTo(RetagOutcome.Result.UNCHANGED);
        assertThat(outcome(runId, olderVersion.articleId()).result()).isEqualTo(RetagOutcome.Result.UNCHANGED);
        assertThat(topics.readWithKey(Topics.ENRICHED, sameTagger.articleId())).isEmpty();
        assertThat(topics.readWithKey(Topics.ENRICHED, olderVersion.articleId()))
                .isEmpty();
    }

    @Test
    void publishesAnArticleNothingWasPublishedFor() {
        ArticleIngested article = article("The World Health Organization met in Geneva.", 1);
        String runId = run();

        send(new RetagRequest(runId, article, null));

        assertThat(outcome(runId, article.articleId()).result()).isEqualTo(RetagOutcome.Result.CHANGED);
        assertThat(enriched(topics.awaitKey(Topics.ENRICHED, article.articleId()))
                        .entities())
                .extracting(Entity::id)
                .contains("org:world-health-organization");
    }

    @Test
    void deadLettersARequestItCannotReadAndServesTheNext() {
        String poisonKey = "poison-" + UUID.randomUUID();
        ArticleIngested next = article("Jeppe Kofod spoke.", 1);
        String runId = run();

        topics.send(Topics.RETAG, poisonKey, "{\"runId\":\"x\"}");
        send(new RetagRequest(runId, next, null));

        ConsumerRecord<String, byte[]> dead = topics.awaitKey(Topics.deadLetterOf(Topics.RETAG), poisonKey);
        assertThat(TopicProbe.header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.RETAG);
        assertThat(outcome(runId, next.articleId()).result()).isEqualTo(RetagOutcome.Result.CHANGED);
    }

    private void send(RetagRequest request) {
        topics.send(
                Topics.RETAG, request.article().articleId(), EventJson.mapper().writeValueAsBytes(request));
    }

    private RetagOutcome outcome(String runId, String articleId) {
        ConsumerRecord<String, byte[]> record = topics.awaitRecord(
                Topics.RETAG_OUTCOMES,
                candidate -> articleId.equals(candidate.key())
                        && EventJson.mapper()
                                .readValue(candidate.value(), RetagOutcome.class)
                                .runId()
                                .equals(runId));
        return EventJson.mapper().readValue(record.value(), RetagOutcome.class);
    }

    private static String run() {
        return "run-" + UUID.randomUUID();
    }

    private static ArticleIngested article(String body, long version) {
        String id = "r-" + UUID.randomUUID();
        return new ArticleIngested(
                "demo-" + id,
                version,
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
