package newsflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRejected;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.EventJson;
import newsflow.contract.Mention;
import newsflow.contract.MentionForm;
import newsflow.contract.Provenance;
import newsflow.contract.ReasonCode;
import newsflow.contract.Refusal;
import newsflow.contract.SourceRecord;
import newsflow.contract.Topics;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.testsupport.KafkaIntegrationTest;
import newsflow.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The dashboard on a real broker: what it shows of the topics, and a redrive by an operator. */
@SpringBootTest(
        classes = DashboardApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "newsflow.dashboard.operators[0].name=ops",
            "newsflow.dashboard.operators[0].token-sha256="
                    + "2c69bc9111c27110a9b9a7974ba3f8ac0c053c16b23a0738115ee829fbc4d57b",
            "newsflow.dashboard.index-url=http://localhost:9",
            "newsflow.dashboard.sample-interval=300ms"
        })
@ActiveProfiles(DashboardApplication.PROFILE)
class DashboardIntegrationTests extends KafkaIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void countsRejectionsByReasonAndPublisher() {
        var rejection = ArticleRejected.of(
                Refusal.of(ReasonCode.INVALID_FIELD, "bad date"),
                "board-test",
                "x",
                new SourceRecord(Topics.RAW, 0, 1),
                Instant.now());

        topics.send(Topics.REJECTED, "board-test:x", EventJson.mapper().writeValueAsBytes(rejection));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(get("/api/rejections")
                                .at("/bySource/board-test")
                                .asInt())
                        .isEqualTo(1));
    }

    @Test
    void ranksTheEntitiesOfTheArticlesEnrichedInTheLastHour() {
        var article = new ArticleEnriched(
                "demo-top-" + UUID.randomUUID(),
                1,
                1,
                "demo",
                "top",
                null,
                null,
                "Top",
                null,
                "en",
                "c".repeat(64),
                null,
                List.of(new Zone(ZoneName.BODY, "Lavrov spoke.")),
                List.of(new Entity(
                        "person:sergei-lavrov",
                        EntityType.PERSON,
                        "Sergei Lavrov",
                        null,
                        0.9,
                        0.9,
                        List.of(new Mention(ZoneName.BODY, 0, 6, "Lavrov", MentionForm.NAME)))),
                new Provenance("test", "1", List.of(), "1", List.of()),
                Instant.now(),
                Instant.now());

        topics.send(Topics.ENRICHED, article.articleId(), EventJson.mapper().writeValueAsBytes(article));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode top = get("/api/top-entities");
            // empty until the dashboard's feed has read the article: an assertion, so that the wait goes on
            assertThat(top.isEmpty()).as("top entities are still empty").isFalse();
            assertThat(top.get(0).get("id").asString()).isEqualTo("person:sergei-lavrov");
            assertThat(top.get(0).get("articles").asLong()).isPositive();
            assertThat(top.get(0).get("stories").asLong()).isPositive();
        });
    }

    @Test
    void givesTopEntitiesAndLatestArticlesTheWikidataIdsOfTheirEntitiesWhereTheyHaveOne() {
        var article = new ArticleEnriched(
                "demo-qid-" + UUID.randomUUID(),
                1,
                1,
                "demo",
                "qid",
                null,
                null,
                "EU",
                null,
                "en",
                "c".repeat(64),
                null,
                List.of(new Zone(ZoneName.BODY, "The EU and Lavrov.")),
                List.of(
                        new Entity(
                                "org:european-union",
                                EntityType.ORGANIZATION,
                                "European Union",
                                "Q458",
                                0.9,
                                0.9,
                                List.of(new Mention(ZoneName.BODY, 4, 6, "EU", MentionForm.ACRONYM))),
                        new Entity(
                                "person:sergei-lavrov",
                                EntityType.PERSON,
                                "Sergei Lavrov",
                                null,
                                0.5,
                                0.9,
                                List.of(new Mention(ZoneName.BODY, 11, 17, "Lavrov", MentionForm.NAME)))),
                new Provenance("test", "1", List.of(), "1", List.of()),
                Instant.now(),
                Instant.now());

        topics.send(Topics.ENRICHED, article.articleId(), EventJson.mapper().writeValueAsBytes(article));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode top = get("/api/top-entities");
            assertThat(entity(top, "org:european-union").get("wikidataId").asString())
                    .isEqualTo("Q458");
            assertThat(entity(top, "person:sergei-lavrov").has("wikidataId")).isFalse();
            JsonNode latest = get("/api/articles/latest").path(0);
            assertThat(latest.path("articleId").asString()).isEqualTo(article.articleId());
            assertThat(latest.at("/entities/0/wikidataId").asString()).isEqualTo("Q458");
            assertThat(latest.at("/entities/1").has("wikidataId")).isFalse();
        });
    }

    @Test
    void showsEachStagesLagAndDeadLettersFromTheBroker() {
        topics.send(Topics.deadLetterOf(Topics.ENRICHED), "lag-" + UUID.randomUUID(), "x");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode index = stage(get("/api/flow"), "index");
            assertThat(index.get("deadLetters").asLong()).isPositive();
            assertThat(index.get("partitions").size()).isEqualTo(12);
        });
    }

    @Test
    void redrivesADeadLetterToItsSourceTopicForAnOperatorOnly() throws Exception {
        String key = "redrive-" + UUID.randomUUID();
        RecordMetadata dead = topics.send(
                Topics.deadLetterOf(Topics.INGESTED),
                key,
                "{\"not\":\"an article\"}".getBytes(StandardCharsets.UTF_8),
                Map.of(
                        "kafka_dlt-original-topic", Topics.INGESTED.getBytes(StandardCharsets.UTF_8),
                        "kafka_dlt-original-offset",
                                ByteBuffer.allocate(8).putLong(7).array(),
                        "kafka_dlt-exception-fqcn", "org.example.Boom".getBytes(StandardCharsets.UTF_8),
                        "trace-me", "kept".getBytes(StandardCharsets.UTF_8)));
        String body = "{\"records\":[{\"topic\":\"" + dead.topic() + "\",\"partition\":" + dead.partition()
                + ",\"offset\":" + dead.offset() + "}]}";

        assertThat(post("/api/dead-letters/redrive", body, "Bearer not-the-token")
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> response = post("/api/dead-letters/redrive", body, "Bearer ops-key");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("REDRIVEN");
        ConsumerRecord<String, byte[]> redriven = topics.awaitKey(Topics.INGESTED, key);
        assertThat(TopicProbe.text(redriven)).isEqualTo("{\"not\":\"an article\"}");
        assertThat(TopicProbe.header(redriven, "trace-me")).isEqualTo("kept");
        assertThat(TopicProbe.header(redriven, "newsflow-redriven-by")).isEqualTo("ops");
        assertThat(TopicProbe.header(redriven, "kafka_dlt-exception-fqcn")).isNull();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(get("/api/dead-letters")
                                .at("/articles.ingested.dlt/latest/0/key")
                                .asString())
                        .isEqualTo(key));
    }

    @Test
    void refusesToRedriveFromATopicThatIsNoDeadLetterTopic() throws Exception {
        String body = "{\"records\":[{\"topic\":\"articles.raw\",\"partition\":0,\"offset\":0}]}";

        HttpResponse<String> response = post("/api/dead-letters/redrive", body, "Bearer ops-key");

        assertThat(response.body()).contains("REFUSED").contains("not a dead-letter topic");
    }

    @Test
    void servesThePageWithItsChartLibrary() throws Exception {
        HttpResponse<String> page = HTTP.send(request("/").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> charts = HTTP.send(
                request("/webjars/echarts/dist/echarts.min.js").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.body()).contains("newsflow pipeline", "dashboard.js");
        assertThat(charts.statusCode()).isEqualTo(200);
    }

    private static JsonNode entity(JsonNode entities, String id) {
        for (JsonNode entity : entities) {
            if (entity.get("id").asString().equals(id)) {
                return entity;
            }
        }
        throw new AssertionError("no entity " + id + " in " + entities);
    }

    @Test
    void showsHowLongTheOldestUnreadRecordOfAStageHasWaited() {
        long tenMinutesAgo = System.currentTimeMillis() - Duration.ofMinutes(10).toMillis();
        topics.sendAll(List.of(
                new ProducerRecord<>(Topics.INGESTED, null, tenMinutesAgo, "waiting".getBytes(), "{}".getBytes()),
                new ProducerRecord<>(Topics.INGESTED, null, null, "later".getBytes(), "{}".getBytes())));

        // No enrich runs here: its group has read nothing, and the oldest record is at least ten minutes old.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(stage(get("/api/flow"), "enrich")
                                .get("lagSeconds")
                                .asDouble())
                        .isGreaterThanOrEqualTo(600));
    }

    private static JsonNode stage(JsonNode flow, String name) {
        for (JsonNode stage : flow.get("stages")) {
            if (stage.get("name").asString().equals(name)) {
                return stage;
            }
        }
        throw new AssertionError("no stage " + name + " in " + flow);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return EventJson.mapper()
                .readTree(HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .body());
    }

    private HttpResponse<String> post(String path, String json, String authorization)
            throws IOException, InterruptedException {
        return HTTP.send(
                request(path)
                        .header("Content-Type", "application/json")
                        .header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
