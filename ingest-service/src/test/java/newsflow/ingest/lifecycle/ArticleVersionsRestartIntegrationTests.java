package newsflow.ingest.lifecycle;

import static newsflow.ingest.lifecycle.ArticleLifecycleIntegrationTests.articleId;
import static newsflow.ingest.lifecycle.ArticleLifecycleIntegrationTests.publish;
import static newsflow.ingest.lifecycle.ArticleLifecycleIntegrationTests.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import newsflow.contract.ArticleRejected;
import newsflow.contract.ArticleVersion;
import newsflow.contract.EventJson;
import newsflow.contract.ReasonCode;
import newsflow.contract.Topics;
import newsflow.ingest.IngestApplication;
import newsflow.testsupport.KafkaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The versions ingest has seen survive a restart: a new instance reads them back from {@code articles.versions}
 * before it takes any article, over Kafka or HTTP, whether it starts with no local store or on the one it kept.
 * Each instance here is a whole ingest-service started and closed by the test, as a restart would.
 */
class ArticleVersionsRestartIntegrationTests extends KafkaIntegrationTest {

    @Test
    void refusesAStaleVersionAfterARestart() throws Exception {
        String id = unique("restart");
        try (ConfigurableApplicationContext before = startIngest(null)) {
            topics.send(Topics.RAW, "demo:" + id, publish(id, 2, "The corrected text of the article."));
            topics.awaitKey(Topics.INGESTED, articleId(id));
            topics.awaitKey(Topics.ARTICLE_VERSIONS, articleId(id));
        }

        try (ConfigurableApplicationContext after = startIngest(null)) {
            assertThat(after.getBean(VersionTable.class).newestVersion(articleId(id)))
                    .hasValue(2);
            HttpResponse<String> response = post(after, publish(id, 1, "The first text of the article."));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(409);

            topics.send(Topics.RAW, "demo:" + id, publish(id, 1, "The first text of the article."));
            ArticleRejected rejected = EventJson.mapper()
                    .readValue(topics.awaitKey(Topics.REJECTED, "demo:" + id).value(), ArticleRejected.class);
            assertThat(rejected.reason()).isEqualTo(ReasonCode.STALE_VERSION);
        }
    }

    @Test
    void keepsItsLocalStoreAcrossARestartAndReadsWhatOthersRecordedMeanwhile(@TempDir Path stateDir) throws Exception {
        String kept = unique("kept");
        String missed = unique("missed");
        try (ConfigurableApplicationContext before = startIngest(stateDir)) {
            topics.send(Topics.RAW, "demo:" + kept, publish(kept, 2, "The corrected text of the article."));
            topics.awaitKey(Topics.ARTICLE_VERSIONS, articleId(kept));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> before.getBean(VersionTable.class).pending() == 0);
        }
        Path checkpoint = stateDir.resolve("newsflow-ingest-versions/global/.checkpoint");
        assertThat(checkpoint)
                .as("the offsets the local store has read, written at stop")
                .isNotEmptyFile();

        var elsewhere = new ArticleVersion(articleId(missed), 5, "c".repeat(64), false);
        topics.send(
                Topics.ARTICLE_VERSIONS, articleId(missed), EventJson.mapper().writeValueAsBytes(elsewhere));

        try (ConfigurableApplicationContext after = startIngest(stateDir)) {
            VersionTable versions = after.getBean(VersionTable.class);
            assertThat(versions.newestVersion(articleId(kept))).hasValue(2);
            assertThat(versions.newestVersion(articleId(missed))).hasValue(5);
            assertThat(post(after, publish(kept, 1, "The first text of the article."))
                            .statusCode())
                    .isEqualTo(409);
        }
    }

    @Test
    void takesAnArticleWhoseRecordOnTheVersionsTopicIsNoVersionOfIt() throws Exception {
        String id = unique("garbled");
        topics.send(Topics.ARTICLE_VERSIONS, articleId(id), "{\"not\": \"a version\"}");
        try (ConfigurableApplicationContext ingest = startIngest(null)) {
            assertThat(ingest.getBean(VersionTable.class).newestVersion(articleId(id)))
                    .isEmpty();

            HttpResponse<String> response = post(ingest, publish(id, 1, "The first text of the article."));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            topics.awaitKey(Topics.INGESTED, articleId(id));
        }
    }

    @Test
    void tellsHttpPublishersToTryAgainLaterWhileTheVersionsCannotBeRead() throws Exception {
        String id = unique("closed");
        try (ConfigurableApplicationContext ingest = startIngest(null)) {
            ingest.getBean(ArticleVersionsStore.class).stop();

            HttpResponse<String> response = post(ingest, publish(id, 1, "The first text of the article."));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(response.body()).contains("cannot check articles");
            assertThat(topics.readWithKey(Topics.RAW, "demo:" + id)).isEmpty();
        }
    }

    private static ConfigurableApplicationContext startIngest(Path stateDir) {
        var application = IngestApplication.application();
        application.setRegisterShutdownHook(false);
        return application.run(
                "--newsflow.ingest.versions-state-dir=" + (stateDir == null ? "" : stateDir),
                "--spring.kafka.bootstrap-servers=" + bootstrapServers(),
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--newsflow.ingest.publishers[0].source=demo",
                "--newsflow.ingest.publishers[0].key-sha256="
                        + "c48a01f49fd0f2cc404bc3cbbc80e91457a3d41bb429a695243de4c61794155c",
                "--newsflow.kafka.retry.max-retries=1",
                "--newsflow.kafka.retry.initial-interval=100ms");
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext ingest, String json) throws Exception {
        String port = ingest.getEnvironment().getProperty("local.server.port");
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer demo-key")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
