package newsflow.launcher.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsflow.contract.ArticleRejected;
import newsflow.contract.EventJson;
import newsflow.contract.RawArticle;
import newsflow.contract.ReasonCode;
import newsflow.contract.Topics;
import newsflow.launcher.PipelineAccess;
import newsflow.testsupport.KafkaIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand bad raw articles against the whole running pipeline, half over Kafka and half over HTTP: each is refused
 * with its reason code, no service goes down, and a valid article sent after every hundred is indexed.
 */
@Tag("slow")
class AbuseCorpusTests extends KafkaIntegrationTest {

    private static final int CORPUS = 1000;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path workDir;

    private static PipelineAccess pipeline;

    @BeforeAll
    static void start() {
        pipeline = PipelineAccess.start(
                bootstrapServers(),
                workDir.resolve("index"),
                "--newsflow.ingest.max-body-size=64KB",
                "--newsflow.ingest.rate-limit.requests-per-second=100000",
                "--newsflow.ingest.rate-limit.burst=100000");
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    @Test
    void refusesEveryBadInputWithItsReasonAndStillIndexesTheValidArticles() throws Exception {
        List<BadInput> corpus = BadInputs.generate(CORPUS, 20261128L);
        Map<String, BadInput> overKafka = new HashMap<>();
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < CORPUS; i++) {
            BadInput input = corpus.get(i);
            if (i % 2 == 0) {
                String key = "abuse-" + i;
                overKafka.put(key, input);
                records.add(new ProducerRecord<>(Topics.RAW, key.getBytes(StandardCharsets.UTF_8), input.bytes()));
            } else {
                assertRefusedOverHttp(i, input);
            }
            if (i % 100 == 99) {
                valid.add(sendValid(i, records));
            }
        }
        topics.sendAll(records);

        Map<String, ReasonCode> refused = await("a refusal for every bad record sent over Kafka")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> refusals(overKafka.keySet()), found -> found.size() == overKafka.size());
        overKafka.forEach((key, input) ->
                assertThat(refused.get(key)).as("%s (%s)", key, input.kind()).isEqualTo(input.reason()));
        for (String articleId : valid) {
            await("valid article " + articleId + " indexed")
                    .atMost(Duration.ofSeconds(120))
                    .until(() -> get(pipeline.indexPort(), "/api/articles/" + articleId)
                                    .statusCode()
                            == 200);
        }
        for (int port : List.of(pipeline.ingestPort(), pipeline.indexPort())) {
            assertThat(get(port, "/actuator/health").body()).contains("\"UP\"");
        }
    }

    private void assertRefusedOverHttp(int index, BadInput input) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + pipeline.ingestPort() + "/api/articles"))
                        .header("Authorization", "Bearer demo-key")
                        .header("Content-Type", input.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(input.bytes()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("#%d %s: %s", index, input.kind(), response.body())
                .isBetween(400, 499);
        assertThat(EventJson.mapper().readTree(response.body()).get("reason").asString())
                .as("#%d %s", index, input.kind())
                .isEqualTo(input.reason().name());
    }

    /** A valid article, over Kafka after an even hundred and over HTTP after an odd one; its article id. */
    private static String sendValid(int index, List<ProducerRecord<byte[], byte[]>> records)
            throws IOException, InterruptedException {
        var article = new RawArticle(
                "demo",
                "valid-after-" + index,
                null,
                "Valid article " + index,
                "Jeppe Kofod met Dmytro Kuleba in Kyiv.",
                null,
                null,
                "en",
                1L,
                null);
        byte[] json = EventJson.mapper().writeValueAsBytes(article);
        if ((index / 100) % 2 == 0) {
            records.add(
                    new ProducerRecord<>(Topics.RAW, ("demo:" + article.id()).getBytes(StandardCharsets.UTF_8), json));
        } else {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + pipeline.ingestPort() + "/api/articles"))
                            .header("Authorization", "Bearer demo-key")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        }
        return newsflow.contract.ArticleIds.derive("demo", article.id());
    }

    private static Map<String, ReasonCode> refusals(java.util.Set<String> keys) {
        Map<String, ReasonCode> found = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : topics.readAll(Topics.REJECTED)) {
            if (keys.contains(record.key())) {
                found.put(
                        record.key(),
                        EventJson.mapper()
                                .readValue(record.value(), ArticleRejected.class)
                                .reason());
            }
        }
        return found;
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
