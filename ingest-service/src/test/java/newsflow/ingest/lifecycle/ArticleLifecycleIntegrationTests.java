package newsflow.ingest.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import newsflow.contract.ArticleIds;
import newsflow.contract.ArticleIngested;
import newsflow.contract.ArticleRejected;
import newsflow.contract.ArticleVersion;
import newsflow.contract.EventJson;
import newsflow.contract.ReasonCode;
import newsflow.contract.Refusal;
import newsflow.contract.RetractionHeaders;
import newsflow.contract.Topics;
import newsflow.ingest.IngestIntegrationTest;
import newsflow.testsupport.KafkaIntegrationTest;
import newsflow.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Re-sends, updates, stale versions and retractions of one article, through the real broker. */
@IngestIntegrationTest
class ArticleLifecycleIntegrationTests extends KafkaIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    MeterRegistry meters;

    @Autowired
    VersionTable versions;

    @LocalServerPort
    int port;

    @Test
    void publishesAnExactReSendOnceAndCountsTheDuplicate() {
        String id = unique("resend");
        double duplicatesBefore = duplicates();

        topics.send(Topics.RAW, "demo:" + id, publish(id, 1, "The first text of the article."));
        ArticleIngested first = ingested(topics.awaitKey(Topics.INGESTED, articleId(id)));
        topics.send(Topics.RAW, "demo:" + id, publish(id, 1, "The first text of the article."));

        await().atMost(Duration.ofSeconds(60)).until(() -> duplicates() == duplicatesBefore + 1);
        assertThat(topics.readWithKey(Topics.INGESTED, articleId(id))).hasSize(1);
        ArticleVersion recorded = EventJson.mapper()
                .readValue(
                        topics.awaitKey(Topics.ARTICLE_VERSIONS, articleId(id)).value(), ArticleVersion.class);
        assertThat(recorded).isEqualTo(new ArticleVersion(articleId(id), 1, first.contentHash(), false));
    }

    @Test
    void publishesEachNewerVersionInOrder() {
        String id = unique("update");

        topics.send(Topics.RAW, "demo:" + id, publish(id, 1, "The first text of the article."));
        topics.send(Topics.RAW, "demo:" + id, publish(id, 2, "The corrected text of the article."));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> topics.readWithKey(Topics.INGESTED, articleId(id)).size() == 2);
        assertThat(topics.readWithKey(Topics.INGESTED, articleId(id)))
                .extracting(record -> ingested(record).version())
                .containsExactly(1L, 2L);
    }

    @Test
    void refusesAVersionOlderThanOneAlreadyPublished() {
        String id = unique("stale");

        topics.send(Topics.RAW, "demo:" + id, publish(id, 2, "The corrected text of the article."));
        topics.send(Topics.RAW, "demo:" + id, publish(id, 1, "The first text of the article."));

        ArticleRejected rejected = rejected(topics.awaitKey(Topics.REJECTED, "demo:" + id));
        assertThat(rejected.reason()).isEqualTo(ReasonCode.STALE_VERSION);
        assertThat(rejected.message()).contains("version 1", "version 2");
        assertThat(rejected.source()).isEqualTo("demo");
        assertThat(rejected.sourceArticleId()).isEqualTo(id);
        assertThat(rejected.origin().topic()).isEqualTo(Topics.RAW);
        assertThat(topics.readWithKey(Topics.INGESTED, articleId(id)))
                .extracting(record -> ingested(record).version())
                .containsExactly(2L);
    }

    @Test
    void refusesAPublicationOlderThanTheRetractionThatCameFirst() {
        String id = unique("retracted");

        topics.send(
                Topics.RAW,
                "demo:" + id,
                "{\"source\":\"demo\",\"id\":\"" + id + "\",\"action\":\"RETRACT\"," + "\"revision\":3}");
        topics.send(Topics.RAW, "demo:" + id, publish(id, 2, "A late copy of the article."));

        assertThat(rejected(topics.awaitKey(Topics.REJECTED, "demo:" + id)).reason())
                .isEqualTo(ReasonCode.STALE_VERSION);
        List<ConsumerRecord<String, byte[]>> published = topics.readWithKey(Topics.INGESTED, articleId(id));
        assertThat(published).hasSize(1);
        assertThat(published.get(0).value()).isNull();
        assertThat(TopicProbe.header(published.get(0), RetractionHeaders.VERSION))
                .isEqualTo("3");
    }

    @Test
    void refusesTheSameVersionWithOtherContent() {
        String id = unique("same-version");

        topics.send(Topics.RAW, "demo:" + id, publish(id, 5, "The text of the article."));
        topics.send(Topics.RAW, "demo:" + id, publish(id, 5, "Another text under the same version."));

        ArticleRejected rejected = rejected(topics.awaitKey(Topics.REJECTED, "demo:" + id));
        assertThat(rejected.reason()).isEqualTo(ReasonCode.STALE_VERSION);
        assertThat(rejected.message()).contains("other content");
    }

    @Test
    void refusesOnKafkaASourceThatMayNotPublish() {
        String id = unique("intruder");

        topics.send(Topics.RAW, "intruder:" + id, "{\"source\":\"intruder\",\"id\":\"" + id + "\",\"body\":\"Text.\"}");
        topics.send(
                Topics.RAW,
                "newswire:" + id,
                "{\"source\":\"newswire\",\"id\":\"" + id + "\",\"title\":\"T\"," + "\"body\":\"Text.\"}");

        ArticleRejected rejected = rejected(topics.awaitKey(Topics.REJECTED, "intruder:" + id));
        assertThat(rejected.reason()).isEqualTo(ReasonCode.UNAUTHORIZED_SOURCE);
        assertThat(rejected.field()).isEqualTo("source");
        assertThat(topics.awaitKey(Topics.INGESTED, ArticleIds.derive("newswire", id))
                        .value())
                .isNotNull();
    }

    @Test
    void answersAStaleVersionOverHttpWith409AndPutsNothingOnTheRawTopic() throws Exception {
        String id = unique("http-stale");

        assertThat(post(publish(id, 2, "The corrected text of the article.")).statusCode())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> versions.newestVersion(articleId(id)).orElse(0) == 2);
        HttpResponse<String> stale = post(publish(id, 1, "The first text of the article."));

        assertThat(stale.statusCode()).isEqualTo(409);
        Refusal refusal = EventJson.mapper().readValue(stale.body(), Refusal.class);
        assertThat(refusal.reason()).isEqualTo(ReasonCode.STALE_VERSION);
        assertThat(refusal.message()).contains("version 1", "version 2");
        assertThat(topics.readWithKey(Topics.RAW, "demo:" + id)).hasSize(1);
    }

    @Test
    void keepsTheNewerVersionWhenAnOlderOneIsRecordedAfterIt() throws Exception {
        String id = articleId(unique("race"));
        topics.send(Topics.ARTICLE_VERSIONS, id, recorded(new ArticleVersion(id, 3, "c".repeat(64), false)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> versions.newestVersion(id).orElse(0) == 3);

        int partition = topics.send(
                        Topics.ARTICLE_VERSIONS, id, recorded(new ArticleVersion(id, 2, "b".repeat(64), false)))
                .partition();
        String marker = markerIn(partition);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> versions.newestVersion(marker).isPresent());
        assertThat(versions.newestVersion(id))
                .as("read after version 2, on the same partition")
                .hasValue(3);
    }

    /** Records a version of a new article on the given partition of articles.versions, and returns its id. */
    private String markerIn(int partition) throws Exception {
        for (int attempt = 0; attempt < 1000; attempt++) {
            String marker = articleId(unique("marker"));
            var version = new ArticleVersion(marker, 1, "d".repeat(64), false);
            if (topics.send(Topics.ARTICLE_VERSIONS, marker, recorded(version)).partition() == partition) {
                return marker;
            }
        }
        throw new IllegalStateException("no marker landed on partition " + partition);
    }

    private static byte[] recorded(ArticleVersion version) {
        return EventJson.mapper().writeValueAsBytes(version);
    }

    @Test
    void isReadyOnlyWithTheVersionsOfAllArticlesLoaded() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .build();

        HttpResponse<String> readiness = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
    }

    private double duplicates() {
        Counter counter =
                meters.find("newsflow.ingest.duplicates").tag("source", "demo").counter();
        return counter == null ? 0 : counter.count();
    }

    private HttpResponse<String> post(String json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer demo-key")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String publish(String id, long revision, String text) {
        return "{\"source\":\"demo\",\"id\":\"" + id + "\",\"revision\":" + revision + ",\"title\":\"Harbour bridge\","
                + "\"body\":\"" + text + "\\n\\nWork starts in 2027.\"}";
    }

    static String articleId(String id) {
        return ArticleIds.derive("demo", id);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private static ArticleIngested ingested(ConsumerRecord<String, byte[]> record) {
        return EventJson.mapper().readValue(record.value(), ArticleIngested.class);
    }

    private static ArticleRejected rejected(ConsumerRecord<String, byte[]> record) {
        return EventJson.mapper().readValue(record.value(), ArticleRejected.class);
    }
}
