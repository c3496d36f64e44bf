package newsflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventSchemaTests {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    @Test
    void seedRawArticleMatchesRawArticleSchema() {
        assertThat(errors("raw-article", SampleEvents.seedRaw())).isEmpty();
    }

    @Test
    void everyJsonSampleMatchesRawArticleSchema() {
        for (String sample : SampleArticles.JSON_SAMPLES) {
            JsonNode json = EventJson.mapper().readTree(SampleArticles.json(sample));
            assertThat(schema("raw-article").validate(json)).as(sample).isEmpty();
        }
    }

    @Test
    void ingestedArticleMatchesItsSchema() {
        assertThat(errors("article-ingested", SampleEvents.ingested())).isEmpty();
    }

    @Test
    void enrichedArticleMatchesItsSchema() {
        assertThat(errors("article-enriched", SampleEvents.enriched())).isEmpty();
    }

    @Test
    void rejectionMatchesItsSchema() {
        assertThat(errors("article-rejected", SampleEvents.rejected())).isEmpty();
    }

    @Test
    void retagRequestsWithAndWithoutWhatWasPublishedMatchTheirSchema() {
        var published = RetagRequest.Published.of(SampleEvents.enriched());

        assertThat(errors("retag-request", new RetagRequest("run-1", SampleEvents.ingested(), published)))
                .isEmpty();
        assertThat(errors("retag-request", new RetagRequest("run-1", SampleEvents.ingested(), null)))
                .isEmpty();
        assertThat(errors("article-ingested", SampleEvents.ingested())).isEmpty();
    }

    @Test
    void retagOutcomesMatchTheirSchema() {
        assertThat(errors(
                        "retag-outcome",
                        new RetagOutcome("run-1", "demo-0123", 3, RetagOutcome.Result.CHANGED, 2, null)))
                .isEmpty();
        assertThat(errors(
                        "retag-outcome",
                        new RetagOutcome(
                                "run-1",
                                "demo-0123",
                                3,
                                RetagOutcome.Result.FAILED,
                                1,
                                "tagging took longer than 10s")))
                .isEmpty();
    }

    @Test
    void refusalMatchesItsSchema() {
        var refusal = Refusal.ofField(ReasonCode.MISSING_FIELD, "body", "body is required");
        assertThat(errors("refusal", refusal)).isEmpty();
    }

    @Test
    void articleVersionsOfAnArticleAndOfARetractionMatchTheirSchema() {
        assertThat(errors("article-version", ArticleVersion.of(SampleEvents.ingested())))
                .isEmpty();
        assertThat(errors(
                        "article-version",
                        ArticleVersion.of(new ArticleRetracted("demo-0123", 4, "demo", "retracted by publisher"))))
                .isEmpty();
    }

    @Test
    void rawArticleSchemaTakesAUrlInsteadOfAnIdAndARetractionWithoutBody() {
        var byUrl = new RawArticle(
                "demo",
                null,
                "https://example.com/a",
                "T",
                "Text.",
                null,
                null,
                null,
                null,
                null,
                Instant.parse("2022-03-01T11:00:00Z"));
        var retraction = new RawArticle("demo", "seed-1", null, null, null, null, null, null, 2L, Action.RETRACT);

        assertThat(errors("raw-article", byUrl)).isEmpty();
        assertThat(errors("raw-article", retraction)).isEmpty();
    }

    @Test
    void rawArticleSchemaRefusesAnArticleWithNeitherIdNorUrl() {
        var anonymous = new RawArticle("demo", null, null, "T", "Text.", null, null, null, null, null);

        assertThat(schema("raw-article").validate(EventJson.mapper().valueToTree(anonymous)))
                .extracting(Error::getMessage)
                .anySatisfy(message -> assertThat(message).contains("id"))
                .anySatisfy(message -> assertThat(message).contains("url"));
    }

    @Test
    void enrichedSchemaRefusesCountryIdThatIsNotIsoAlpha2() {
        ObjectNode json = (ObjectNode) EventJson.mapper().valueToTree(SampleEvents.enriched());
        ((ObjectNode) json.get("entities").get(0)).put("id", "country:Russia");

        assertThat(schema("article-enriched").validate(json))
                .extracting(Error::getKeyword)
                .contains("pattern");
    }

    @Test
    void rawArticleSchemaRefusesUnknownContentTypeAndMissingBody() {
        ObjectNode json = (ObjectNode) EventJson.mapper().valueToTree(SampleEvents.seedRaw());
        json.put("contentType", "application/pdf");
        json.remove("body");

        assertThat(schema("raw-article").validate(json))
                .extracting(Error::getKeyword)
                .contains("enum", "required");
    }

    @Test
    void reasonCodesInSchemaAreExactlyTheContractsReasonCodes() {
        JsonNode schemaJson = EventJson.mapper().readTree(read("article-rejected"));
        List<String> inSchema = schemaJson
                .at("/$defs/reasonCode/enum")
                .valueStream()
                .map(JsonNode::asString)
                .toList();

        assertThat(inSchema)
                .containsExactly(java.util.Arrays.stream(ReasonCode.values())
                        .map(Enum::name)
                        .toArray(String[]::new));
    }

    private static List<Error> errors(String schemaName, Object event) {
        return schema(schemaName).validate(EventJson.mapper().valueToTree(event));
    }

    private static Schema schema(String name) {
        return SCHEMAS.getSchema(
                new java.io.ByteArrayInputStream(read(name).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String read(String name) {
        try (InputStream in =
                EventSchemaTests.class.getResourceAsStream("/newsflow/contract/schemas/" + name + ".schema.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
