package newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import newsflow.contract.ArticleIds;
import newsflow.contract.ArticleIngested;
import newsflow.contract.EventJson;
import newsflow.contract.RawArticle;
import newsflow.contract.ReasonCode;
import newsflow.contract.Refusal;
import newsflow.contract.SampleArticles;
import newsflow.contract.Topics;
import newsflow.ingest.IngestIntegrationTest;
import newsflow.testsupport.KafkaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IngestIntegrationTest
class ArticleControllerIntegrationTests extends KafkaIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void acceptsTheSeedArticleFromItsPublisherAndPutsItThroughIngest() throws Exception {
        String id = "seed-" + UUID.randomUUID();
        String json = EventJson.mapper().writeValueAsString(SampleArticles.seed("demo", id));

        HttpResponse<String> response = post("Bearer demo-key", "application/json", json);

        assertThat(response.statusCode()).isEqualTo(202);
        ArticleAccepted accepted = EventJson.mapper().readValue(response.body(), ArticleAccepted.class);
        assertThat(accepted.articleId()).isEqualTo(ArticleIds.derive("demo", id));
        assertThat(accepted.version()).isEqualTo(1);
        ArticleIngested ingested = EventJson.mapper()
                .readValue(
                        topics.awaitKey(Topics.INGESTED, accepted.articleId()).value(), ArticleIngested.class);
        assertThat(ingested.title())
                .isEqualTo("Danish foreign minister shares tweet of mass-walkout during Russian UN speech");
        assertThat(topics.readWithKey(Topics.RAW, "demo:" + id)).hasSize(1);
    }

    @Test
    void refusesARequestWithoutAKnownKey() throws Exception {
        HttpResponse<String> noKey = post(null, "application/json", article("demo"));
        HttpResponse<String> wrongKey = post("Bearer not-a-key", "application/json", article("demo"));

        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(noKey.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(refusal(noKey).reason()).isEqualTo(ReasonCode.UNAUTHORIZED_SOURCE);
        assertThat(noKey.body())
                .as("absent fields are left out, as in every event")
                .doesNotContain("null");
        assertThat(wrongKey.statusCode()).isEqualTo(401);
    }

    @Test
    void refusesAPublisherPushingAsAnotherSource() throws Exception {
        HttpResponse<String> response = post("Bearer other-key", "application/json", article("demo"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(refusal(response).reason()).isEqualTo(ReasonCode.UNAUTHORIZED_SOURCE);
        assertThat(refusal(response).message()).contains("'other'");
    }

    @Test
    void refusesEachBadRequestWithItsStatusAndReason() throws Exception {
        assertRefused(post("Bearer demo-key", "application/json", "{not json"), 400, ReasonCode.MALFORMED_JSON);
        assertRefused(
                post("Bearer demo-key", "application/json", "{\"source\":\"demo\",\"id\":\"x\"}"),
                400,
                ReasonCode.MISSING_FIELD);
        assertRefused(post("Bearer demo-key", "text/plain", article("demo")), 415, ReasonCode.UNSUPPORTED_CONTENT_TYPE);
        assertRefused(post("Bearer demo-key", ";;;", article("demo")), 415, ReasonCode.UNSUPPORTED_CONTENT_TYPE);
        assertRefused(
                post(
                        "Bearer demo-key",
                        "application/json",
                        "{\"source\":\"demo\",\"id\":\"x\",\"body\":\"b\",\"contentType\":\"image/png\"}"),
                415,
                ReasonCode.UNSUPPORTED_CONTENT_TYPE);
        String huge = EventJson.mapper()
                .writeValueAsString(new RawArticle(
                        "demo", "huge", null, "Huge", "Far too long. ".repeat(6000), null, null, null, null, null));
        assertRefused(post("Bearer demo-key", "application/json", huge), 413, ReasonCode.BODY_TOO_LARGE);
    }

    private void assertRefused(HttpResponse<String> response, int status, ReasonCode reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(refusal(response).reason()).isEqualTo(reason);
        assertThat(refusal(response).message()).isNotBlank();
    }

    private static String article(String source) {
        return EventJson.mapper()
                .writeValueAsString(new RawArticle(
                        source,
                        "a-" + UUID.randomUUID(),
                        null,
                        "A title",
                        "Some text of the article.",
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    private static Refusal refusal(HttpResponse<String> response) {
        return EventJson.mapper().readValue(response.body(), Refusal.class);
    }

    private HttpResponse<String> post(String authorization, String contentType, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
