package newsflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTests {

    @Test
    void anEnrichedArticleCarriesTheRequiredAttributesAndAnIdThatIsTheSameWhenItIsSentAgain() {
        ArticleEnriched article = SampleEvents.enriched();

        Map<String, byte[]> headers = CloudEventHeaders.enriched(article);

        assertThat(headers)
                .containsOnlyKeys(
                        "ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "ce_subject", "content-type");
        assertThat(CloudEventHeaders.text(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(CloudEventHeaders.text(headers, "ce_type")).isEqualTo("newsflow.article.enriched");
        assertThat(CloudEventHeaders.text(headers, "ce_id"))
                .isEqualTo(article.articleId() + ":" + article.version() + ":"
                        + article.enrichedAt().toEpochMilli())
                .isEqualTo(CloudEventHeaders.text(CloudEventHeaders.enriched(article), "ce_id"));
        assertThat(CloudEventHeaders.text(headers, "ce_time"))
                .isEqualTo(article.enrichedAt().toString());
        assertThat(CloudEventHeaders.text(headers, "ce_subject")).isEqualTo(article.articleId());
    }

    @Test
    void aRetractionKeepsItsOwnHeadersAndHasNoContentType() {
        var retraction = new ArticleRetracted("demo-0123456789abcdef0123", 7, "demo", "retracted by publisher");

        Map<String, byte[]> headers = CloudEventHeaders.retracted(
                retraction, CloudEventHeaders.INGEST_SERVICE, Instant.parse("2026-12-03T10:00:00Z"));

        assertThat(RetractionHeaders.fromHeaders(retraction.articleId(), headers))
                .contains(retraction);
        assertThat(CloudEventHeaders.text(headers, "ce_type")).isEqualTo("newsflow.article.retracted");
        assertThat(CloudEventHeaders.text(headers, "ce_id")).isEqualTo("demo-0123456789abcdef0123:7:retracted");
        assertThat(CloudEventHeaders.text(headers, "ce_source")).isEqualTo("/newsflow/ingest-service");
        assertThat(headers).doesNotContainKey("content-type");
    }

    @Test
    void aRefusalIsIdentifiedByTheRecordItRefuses() {
        var rejection = new ArticleRejected(
                "demo",
                "x1",
                ReasonCode.MISSING_FIELD,
                "body is required",
                "body",
                new SourceRecord(Topics.RAW, 2, 41),
                Instant.parse("2026-12-03T10:00:00Z"));

        Map<String, byte[]> headers = CloudEventHeaders.rejected(rejection);

        assertThat(CloudEventHeaders.text(headers, "ce_id")).isEqualTo("articles.raw-2-41");
        assertThat(CloudEventHeaders.text(headers, "ce_type")).isEqualTo("newsflow.article.rejected");
        assertThat(headers).doesNotContainKey("ce_subject");
    }
}
