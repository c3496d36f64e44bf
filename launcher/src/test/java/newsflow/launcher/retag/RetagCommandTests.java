package newsflow.launcher.retag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleIngested;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.CloudEventHeaders;
import newsflow.contract.EventJson;
import newsflow.contract.Provenance;
import newsflow.contract.RetractionHeaders;
import newsflow.contract.Topics;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.enrich.EnrichApplication;
import newsflow.enrich.pipeline.ArticleEnrichment;
import newsflow.testsupport.KafkaIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * {@code newsflow.jar retag} against a real enrich-service on a real broker, on a corpus an older tagger enriched:
 * the newest version of each chosen article is re-tagged, only what changed is published again (same version, the
 * new enrichment revision), retracted and unchosen articles are left alone, and the summary counts each outcome.
 * enrich-service's listener of new articles is not started, so that the corpus stays as the older tagger left it.
 */
class RetagCommandTests extends KafkaIntegrationTest {

    private static ConfigurableApplicationContext enrich;
    private static ArticleEnrichment enrichment;

    @BeforeAll
    static void startEnrich() {
        var application = EnrichApplication.application();
        application.setRegisterShutdownHook(false);
        enrich = application.run(
                "--spring.kafka.bootstrap-servers=" + bootstrapServers(),
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--spring.kafka.listener.auto-startup=false");
        enrichment = enrich.getBean(ArticleEnrichment.class);
        enrich.getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer("enrich-retag")
                .start();
    }

    @AfterAll
    static void stopEnrich() {
        enrich.close();
    }

    @Test
    void retagsTheNewestVersionOfEachChosenArticleAndPublishesOnlyWhatChanged() {
        String source = "retag" + UUID.randomUUID().toString().substring(0, 8);
        ArticleIngested firstDraft = ingested(source, "walkout", 1, "Sergei Lavrov spoke in Geneva.", "2026-11-30");
        ArticleIngested walkout = ingested(
                source, "walkout", 2, "Sergei Lavrov walked out in Geneva with Danish diplomats.", "2026-11-30");
        ArticleIngested harbour = ingested(source, "harbour", 1, "Jeppe Kofod spoke in Copenhagen.", "2026-11-30");
        ArticleIngested retracted = ingested(source, "retracted", 1, "Mette Frederiksen visited Aarhus.", "2026-11-30");
        ArticleIngested otherSource =
                ingested("other" + source, "other", 1, "Olaf Scholz met in Berlin.", "2026-11-30");
        for (ArticleIngested article : List.of(firstDraft, walkout, harbour, retracted, otherSource)) {
            topics.send(Topics.INGESTED, article.articleId(), EventJson.mapper().writeValueAsBytes(article));
        }
        topics.send(
                Topics.INGESTED,
                retracted.articleId(),
                null,
                RetractionHeaders.toHeaders(new ArticleRetracted(retracted.articleId(), 2, source, "legal")));
        // what an older tagger published: the walkout without its entities, the harbour story as today's tagger sees it
        ArticleEnriched oldWalkout = ArticleEnriched.of(walkout, List.of(), OLD_TAGGER, 0, Instant.now());
        ArticleEnriched oldHarbour =
                ArticleEnriched.of(harbour, enrichment.enrich(harbour).entities(), OLD_TAGGER, 0, Instant.now());
        for (ArticleEnriched article : List.of(oldWalkout, oldHarbour)) {
            topics.send(
                    Topics.ENRICHED,
                    article.articleId(),
                    EventJson.mapper().writeValueAsBytes(article),
                    CloudEventHeaders.enriched(article));
        }

        var result = retag("--source", source, "--wait", "2m");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("retag: 2 re-tagged in ")
                .contains(": 1 changed (published again), 1 unchanged, 0 failed");
        assertThat(result.err()).contains("2 articles sent to articles.retag");
        List<ArticleEnriched> walkouts = enrichedOf(walkout.articleId());
        assertThat(walkouts).hasSize(2);
        ArticleEnriched retagged = walkouts.get(1);
        assertThat(retagged.version()).isEqualTo(2);
        assertThat(retagged.enrichmentRevision())
                .isEqualTo(enrichment.enrichmentRevision())
                .isPositive();
        assertThat(retagged.entities()).extracting(entity -> entity.id()).contains("person:sergei-lavrov");
        assertThat(enrichedOf(harbour.articleId())).containsExactly(oldHarbour);
        assertThat(topics.readWithKey(Topics.RETAG, retracted.articleId())).isEmpty();
        assertThat(topics.readWithKey(Topics.RETAG, otherSource.articleId())).isEmpty();
    }

    @Test
    void choosesArticlesByTheirPublicationDay() {
        String source = "retag" + UUID.randomUUID().toString().substring(0, 8);
        ArticleIngested january = ingested(source, "january", 1, "Jeppe Kofod spoke in Oslo.", "2026-01-10");
        ArticleIngested march = ingested(source, "march", 1, "Jeppe Kofod spoke in Bergen.", "2026-03-31");
        ArticleIngested april = ingested(source, "april", 1, "Jeppe Kofod spoke in Tromsø.", "2026-04-01");
        for (ArticleIngested article : List.of(january, march, april)) {
            topics.send(Topics.INGESTED, article.articleId(), EventJson.mapper().writeValueAsBytes(article));
        }

        var result = retag("--source", source, "--from", "2026-03-01", "--to", "2026-03-31", "--wait", "2m");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains(": 1 changed (published again), 0 unchanged, 0 failed");
        assertThat(topics.readWithKey(Topics.RETAG, march.articleId())).hasSize(1);
        assertThat(topics.readWithKey(Topics.RETAG, january.articleId())).isEmpty();
        assertThat(topics.readWithKey(Topics.RETAG, april.articleId())).isEmpty();
    }

    @Test
    void skipsRecordsThatAreNotArticlesAndGoesOn() {
        String source = "retag" + UUID.randomUUID().toString().substring(0, 8);
        ArticleIngested article = ingested(source, "after-poison", 1, "Jeppe Kofod spoke in Oslo.", "2026-11-30");
        topics.send(Topics.INGESTED, source + "-poison", "not json{");
        topics.send(Topics.ENRICHED, source + "-poison", "{\"articleId\":");
        topics.send(Topics.INGESTED, article.articleId(), EventJson.mapper().writeValueAsBytes(article));

        var result = retag("--source", source, "--wait", "2m");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).containsPattern("skipped \\d+ records that are not articles");
        assertThat(result.out()).contains("retag: 1 re-tagged in ");
    }

    @Test
    void saysSoWhenNoArticleIsChosen() {
        var result = retag("--source", "nobody" + UUID.randomUUID().toString().substring(0, 8));

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("retag: no article to re-tag");
    }

    private static final Provenance OLD_TAGGER =
            new Provenance("newsflow-crf-gazetteer", "0.3.1", List.of(), "2026.11", List.of());

    private List<ArticleEnriched> enrichedOf(String articleId) {
        return topics.readWithKey(Topics.ENRICHED, articleId).stream()
                .map(ConsumerRecord::value)
                .map(json -> EventJson.mapper().readValue(json, ArticleEnriched.class))
                .toList();
    }

    private static ArticleIngested ingested(String source, String id, long version, String body, String day) {
        return new ArticleIngested(
                source + "-" + id,
                version,
                source,
                id,
                null,
                null,
                "A headline",
                Instant.parse(day + "T10:00:00Z"),
                "en",
                String.valueOf(version).repeat(64).substring(0, 64),
                null,
                List.of(new Zone(ZoneName.HEADLINE, "A headline"), new Zone(ZoneName.BODY, body)),
                Instant.parse(day + "T10:00:01Z"));
    }

    private record Result(int status, String out, String err) {}

    private static Result retag(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = RetagCommand.run(
                withBroker(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String[] withBroker(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--bootstrap-servers";
        all[args.length + 1] = bootstrapServers();
        return all;
    }
}
