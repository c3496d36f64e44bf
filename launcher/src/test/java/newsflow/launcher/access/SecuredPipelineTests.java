package newsflow.launcher.access;

import static newsflow.launcher.access.SecuredCluster.CLIENT_WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import newsflow.contract.EventJson;
import newsflow.contract.RawArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * The real services under the {@code kafka-sasl} profile on the secured broker, each logged in as its own account:
 * the {@link AccessPolicy} is enough for the whole pipeline, not only tight.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SecuredPipelineTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Path directory;
    private SecuredCluster cluster;

    @BeforeAll
    void startASecuredBrokerSetUpByKafkaSetup(@TempDir Path directory) {
        this.directory = directory;
        cluster = SecuredCluster.start(directory.resolve("kafka"));
    }

    @AfterAll
    void stopTheBroker() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void carriesAnArticleIntoTheIndexWithEveryServiceLoggedInAsItsOwnUserAndLogsNoPassword(CapturedOutput output)
            throws Exception {
        String publisherKey = "demo-key";
        String article = EventJson.mapper()
                .writeValueAsString(new RawArticle(
                        "demo",
                        "secured-" + UUID.randomUUID(),
                        null,
                        "Secured article",
                        "Jeppe Kofod spoke in Copenhagen.",
                        null,
                        null,
                        "en",
                        1L,
                        null));

        try (var services =
                SecuredServices.start(cluster.bootstrapServers(), cluster.passwords(), directory.resolve("index"))) {
            HttpResponse<String> accepted = post(services.ingestPort(), "/api/articles", publisherKey, article);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String articleId = EventJson.mapper()
                    .readTree(accepted.body())
                    .get("articleId")
                    .asString();

            await("the article in the index")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> get(services.indexPort(), "/api/articles/" + articleId)
                                    .statusCode()
                            == 200);
            await("every stage's offsets on the dashboard").atMost(CLIENT_WAIT).untilAsserted(() -> {
                JsonNode stages = EventJson.mapper()
                        .readTree(get(services.dashboardPort(), "/api/flow").body())
                        .get("stages");
                assertThat(stages)
                        .extracting(stage -> stage.get("name").asString())
                        .containsExactly("ingest", "enrich", "index", "retag");
                for (int i = 0; i < 3; i++) {
                    caughtUp(stages.get(i));
                }
                // nothing to re-tag: the dashboard reads the re-tag group's offsets, and there is no lag
                assertThat(stages.get(3).get("lagRecords").asLong()).isZero();
            });
        }
        assertThat(output.getAll()).doesNotContain(cluster.secrets().toArray(String[]::new));
    }

    /** A stage on the dashboard that has consumed records and has none left to consume. */
    private static void caughtUp(JsonNode stage) {
        long committed = 0;
        for (JsonNode partition : stage.get("partitions")) {
            committed += partition.get("committed").asLong();
        }
        assertThat(committed).as("records %s committed", stage.get("group")).isPositive();
        assertThat(stage.get("lagRecords").asLong())
                .as("lag of %s", stage.get("group"))
                .isZero();
    }

    private static HttpResponse<String> post(int port, String path, String key, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
