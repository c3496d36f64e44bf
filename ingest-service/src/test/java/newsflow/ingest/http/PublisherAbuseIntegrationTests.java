package newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import newsflow.contract.EventJson;
import newsflow.contract.RawArticle;
import newsflow.contract.ReasonCode;
import newsflow.contract.Refusal;
import newsflow.ingest.IngestApplication;
import newsflow.testsupport.KafkaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Publishers who push too fast, or as someone else, and the secrets in their requests: a rate limit per publisher,
 * no retraction of another source's article, and no key in any log line. The rate-limit test alone uses the
 * publishers demo and other, so the tests do not depend on their order.
 */
@SpringBootTest(
        classes = IngestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "newsflow.ingest.publishers[0].source=demo",
            "newsflow.ingest.publishers[0].key-sha256="
                    + "c48a01f49fd0f2cc404bc3cbbc80e91457a3d41bb429a695243de4c61794155c",
            "newsflow.ingest.publishers[1].source=other",
            "newsflow.ingest.publishers[1].key-sha256="
                    + "580843d03d2216ff1a275d0991bad66e4d1af871171d929e9de604b7959f9bca",
            "newsflow.ingest.publishers[2].source=third",
            "newsflow.ingest.publishers[2].key-sha256=c3459480502070372835c7c5cc038c81d457d1fe08de10d76fb5bbb4b7d6af8c",
            "newsflow.ingest.rate-limit.requests-per-second=0.01",
            "newsflow.ingest.rate-limit.burst=3"
        })
@ActiveProfiles(IngestApplication.PROFILE)
@ExtendWith(OutputCaptureExtension.class)
class PublisherAbuseIntegrationTests extends KafkaIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void answersAPublisherOverItsRateLimit429WithRetryAfterAndLeavesTheOthersAlone() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(post("Bearer demo-key", article("demo")).statusCode()).isEqualTo(202);
        }

        HttpResponse<String> over = post("Bearer demo-key", article("demo"));

        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow()))
                .isPositive();
        assertThat(over.body()).contains("rate limit");
        assertThat(post("Bearer other-key", article("other")).statusCode()).isEqualTo(202);
    }

    @Test
    void refusesARetractionOfAnotherSourcesArticle() throws Exception {
        String retraction = "{\"source\":\"demo\",\"id\":\"someone-elses\",\"action\":\"RETRACT\",\"revision\":9}";

        HttpResponse<String> response = post("Bearer third-key", retraction);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(EventJson.mapper().readValue(response.body(), Refusal.class).reason())
                .isEqualTo(ReasonCode.UNAUTHORIZED_SOURCE);
    }

    @Test
    void writesNoKeyIntoAnyLogLine(CapturedOutput output) throws Exception {
        post("Bearer third-key", article("third"));
        post("Bearer third-key", article("demo"));
        post("Bearer a-wrong-secret-key", article("third"));

        assertThat(output.getAll()).doesNotContain("third-key", "a-wrong-secret-key");
    }

    @Test
    void refusesHeadersOverTheServersLimitWithAReasonCode() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer demo-key")
                        .header("X-Padding", "p".repeat(20_000))
                        .POST(HttpRequest.BodyPublishers.ofString(article("demo")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        Refusal refusal = EventJson.mapper().readValue(response.body(), Refusal.class);
        assertThat(refusal.reason()).isEqualTo(ReasonCode.MALFORMED_REQUEST);
        assertThat(refusal.message()).contains("header");
        assertThat(post("Bearer other-key", article("other")).statusCode()).isEqualTo(202);
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
                        "en",
                        null,
                        null));
    }

    private HttpResponse<String> post(String authorization, String body) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
