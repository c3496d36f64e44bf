package newsflow.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventJsonTests {

    @Test
    void writesInstantsAsIsoText() {
        JsonNode json = EventJson.mapper().valueToTree(SampleEvents.ingested());

        assertThat(json.get("publishedAt").asString()).isEqualTo("2022-03-01T10:15:00Z");
    }

    @Test
    void leavesOutAbsentOptionalFields() {
        var raw = new RawArticle("demo", "1", null, null, "text", null, null, null, null, null);

        assertThat(EventJson.mapper().writeValueAsString(raw))
                .isEqualTo("{\"source\":\"demo\",\"id\":\"1\",\"body\":\"text\"}");
    }

    @Test
    void roundTripsEnrichedArticle() {
        ArticleEnriched enriched = SampleEvents.enriched();
        String json = EventJson.mapper().writeValueAsString(enriched);

        assertThat(EventJson.mapper().readValue(json, ArticleEnriched.class)).isEqualTo(enriched);
    }

    @Test
    void readsAnEnrichedArticleWrittenBeforeEnrichmentRevisionsAsRevisionZero() {
        ObjectNode json = EventJson.mapper().valueToTree(SampleEvents.enriched());
        assertThat(json.get("enrichmentRevision").asInt()).isEqualTo(1);
        json.remove("enrichmentRevision");

        ArticleEnriched read = EventJson.mapper().treeToValue(json, ArticleEnriched.class);

        assertThat(read.enrichmentRevision()).isZero();
        assertThat(read.entities()).isEqualTo(SampleEvents.enriched().entities());
    }

    @Test
    void refusesAnEnrichmentRevisionBeyondTwentyBits() {
        ArticleEnriched sample = SampleEvents.enriched();

        assertThatThrownBy(() -> new ArticleEnriched(
                        sample.articleId(),
                        sample.version(),
                        ArticleEnriched.MAX_ENRICHMENT_REVISION + 1,
                        sample.source(),
                        sample.sourceArticleId(),
                        sample.url(),
                        sample.canonicalUrl(),
                        sample.title(),
                        sample.publishedAt(),
                        sample.language(),
                        sample.contentHash(),
                        sample.fingerprint(),
                        sample.zones(),
                        sample.entities(),
                        sample.provenance(),
                        sample.ingestedAt(),
                        sample.enrichedAt()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("enrichmentRevision must be between 0 and 1048575");
    }

    @Test
    void ignoresFieldsItDoesNotKnowSoOlderReadersKeepWorking() {
        String json = EventJson.mapper()
                .writeValueAsString(SampleEvents.ingested())
                .replaceFirst("\\{", "{\"addedLater\":{\"x\":1},");

        assertThat(EventJson.mapper().readValue(json, ArticleIngested.class)).isEqualTo(SampleEvents.ingested());
    }

    @Test
    void refusesEventWithoutItsRequiredFields() {
        assertThatThrownBy(() -> EventJson.mapper().readValue("{\"version\":1}", ArticleIngested.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("articleId is required");
    }

    @Test
    void readsTheUpdateTimeOfARawArticleAndLeavesItOutWhenAbsent() {
        RawArticle raw = EventJson.mapper()
                .readValue(
                        "{\"source\":\"demo\",\"url\":\"https://example.com/a\",\"body\":\"x\","
                                + "\"updatedAt\":\"2022-03-01T11:00:00Z\"}",
                        RawArticle.class);

        assertThat(raw.updatedAt()).isEqualTo(java.time.Instant.parse("2022-03-01T11:00:00Z"));
        assertThat(raw.id()).isNull();
        assertThat(EventJson.mapper().writeValueAsString(SampleEvents.seedRaw()))
                .doesNotContain("updatedAt");
    }

    @Test
    void roundTripsArticleVersion() {
        ArticleVersion version = ArticleVersion.of(SampleEvents.ingested());

        assertThat(EventJson.mapper().readValue(EventJson.mapper().writeValueAsString(version), ArticleVersion.class))
                .isEqualTo(version);
    }

    @Test
    void readsContentTypeFromItsMediaType() {
        RawArticle raw = EventJson.mapper()
                .readValue(
                        "{\"source\":\"demo\",\"id\":\"1\",\"body\":\"x\",\"contentType\":\"text/html\"}",
                        RawArticle.class);

        assertThat(raw.contentType()).isEqualTo(ContentType.TEXT_HTML);
        assertThat(raw.actionOrDefault()).isEqualTo(Action.PUBLISH);
    }
}
