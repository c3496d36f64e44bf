package newsflow.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import newsflow.contract.ArticleIngested;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.EventJson;
import newsflow.contract.RetractionHeaders;
import newsflow.contract.Topics;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.enrich.EnrichApplication;
import newsflow.testsupport.KafkaIntegrationTest;
import newsflow.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An article that takes longer to tag than {@code newsflow.enrich.max-tagging-time} (1 ms here, against a text of
 * two thousand sentences, which no machine tags that fast) is dead-lettered at once with the reason, and the next
 * record of its partition goes through.
 */
@SpringBootTest(
        classes = EnrichApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "newsflow.enrich.max-tagging-time=1ms")
@ActiveProfiles(EnrichApplication.PROFILE)
class TaggingTimeoutIntegrationTests extends KafkaIntegrationTest {

    @Test
    void deadLettersAnArticleThatTakesTooLongToTagAndGoesOnWithTheNextRecord() {
        String id = "slow-" + UUID.randomUUID();
        var slow = new ArticleIngested(
                "demo-" + id,
                1,
                "demo",
                id,
                null,
                null,
                "A long article",
                Instant.parse("2026-11-27T10:00:00Z"),
                "en",
                "0".repeat(64),
                null,
                List.of(new Zone(ZoneName.BODY, "Sergei Lavrov met Jeppe Kofod in Geneva. ".repeat(2_000))),
                Instant.parse("2026-11-27T10:00:01Z"));
        var retraction = new ArticleRetracted(slow.articleId(), 2, "demo", "retracted by publisher");

        topics.send(Topics.INGESTED, slow.articleId(), EventJson.mapper().writeValueAsBytes(slow));
        topics.send(Topics.INGESTED, slow.articleId(), null, RetractionHeaders.toHeaders(retraction));

        ConsumerRecord<String, byte[]> dead = topics.awaitKey(Topics.deadLetterOf(Topics.INGESTED), slow.articleId());
        assertThat(TopicProbe.header(dead, "kafka_dlt-exception-message"))
                .contains("tagging " + slow.articleId() + " took longer than 1ms");
        assertThat(TopicProbe.header(dead, "kafka_dlt-exception-fqcn")).isNotBlank();
        ConsumerRecord<String, byte[]> next = topics.awaitKey(Topics.ENRICHED, slow.articleId());
        assertThat(next.value()).isNull();
        assertThat(TopicProbe.header(next, RetractionHeaders.VERSION)).isEqualTo("2");
    }
}
