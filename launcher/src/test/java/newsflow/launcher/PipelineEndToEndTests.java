package newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.EventJson;
import newsflow.contract.Mention;
import newsflow.contract.SampleArticles;
import newsflow.contract.ZoneName;
import newsflow.testsupport.KafkaIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The three services on a real broker and a real Lucene index, driven only through their HTTP APIs. */
@Tag("slow")
@ExtendWith(OutputCaptureExtension.class)
class PipelineEndToEndTests extends KafkaIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path indexDir;

    private static Pipeline pipeline;

    @BeforeAll
    static void startPipeline() {
        pipeline = Pipeline.start(bootstrapServers(), indexDir, Pipeline.Ports.ANY_FREE);
    }

    @AfterAll
    static void stopPipeline() {
        pipeline.close();
    }

    @Test
    void seedArticlePushedOverHttpIsSearchableWithExactlyItsEntitiesWithinAMinute() throws Exception {
        String json = EventJson.mapper().writeValueAsString(SampleArticles.seed("demo", "seed-e2e"));

        HttpResponse<String> accepted = post("/api/articles", json);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String articleId =
                EventJson.mapper().readTree(accepted.body()).get("articleId").asString();
        HttpResponse<String> found = await("the seed article in the index")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> get(pipeline.indexPort(), "/api/articles/" + articleId),
                        response -> response.statusCode() == 200);
        ArticleEnriched article = EventJson.mapper().readValue(found.body(), ArticleEnriched.class);
        assertThat(article.title())
                .isEqualTo("Danish foreign minister shares tweet of mass-walkout during Russian UN speech");
        assertThat(article.entities())
                .extracting(Entity::type, Entity::id, Entity::name)
                .filteredOn(entity -> !entity.toList().contains("org:ministry-of-foreign-affairs-of-ukraine"))
                .containsExactlyInAnyOrder(
                        tuple(EntityType.PERSON, "person:sergei-lavrov", "Sergei Lavrov"),
                        tuple(EntityType.PERSON, "person:jeppe-kofod", "Jeppe Kofod"),
                        tuple(EntityType.PERSON, "person:dmytro-kuleba", "Dmytro Kuleba"),
                        tuple(EntityType.COUNTRY, "country:DK", "Denmark"),
                        tuple(EntityType.COUNTRY, "country:RU", "Russia"),
                        tuple(EntityType.COUNTRY, "country:UA", "Ukraine"),
                        tuple(EntityType.ORGANIZATION, "org:united-nations", "United Nations"),
                        tuple(
                                EntityType.ORGANIZATION,
                                "org:un-human-rights-council",
                                "United Nations Human Rights Council"),
                        tuple(EntityType.ORGANIZATION, "org:european-union", "European Union"),
                        tuple(EntityType.ORGANIZATION, "org:twitter", "Twitter"),
                        tuple(EntityType.LOCATION, "location:geneva-ch", "Geneva"));
        assertThat(entity(article, "country:DK").mentions())
                .extracting(Mention::text)
                .contains("Danish");
        assertThat(article.entities())
                .flatExtracting(Entity::mentions)
                .extracting(Mention::zone)
                .doesNotContain(ZoneName.BOILERPLATE);
        assertThat(get(pipeline.indexPort(), "/api/articles?entity=country:RU").body())
                .contains(articleId);
    }

    private static Entity entity(ArticleEnriched article, String id) {
        return article.entities().stream()
                .filter(entity -> entity.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not among the article's entities"));
    }

    @Test
    void oneArticleCarriesOneTraceIdThroughTheLogLinesOfEveryService(CapturedOutput output) throws Exception {
        String json = EventJson.mapper()
                .writeValueAsString(new newsflow.contract.RawArticle(
                        "demo",
                        "traced",
                        null,
                        "Traced article",
                        "Jeppe Kofod spoke in Copenhagen.",
                        null,
                        null,
                        "en",
                        1L,
                        null));

        String articleId = EventJson.mapper()
                .readTree(post("/api/articles", json).body())
                .get("articleId")
                .asString();

        List<String> lines = await("the article's log line in every service")
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> output.getAll()
                                .lines()
                                .filter(line -> line.contains(articleId)
                                        && STAGE_LINE.matcher(line).find())
                                .toList(),
                        found -> found.stream()
                                        .map(PipelineEndToEndTests::stage)
                                        .distinct()
                                        .count()
                                == 3);
        assertThat(lines.stream().map(PipelineEndToEndTests::traceId).distinct().toList())
                .as("trace ids of %s", lines)
                .singleElement()
                .asString()
                .hasSize(32);
    }

    @Test
    void publishesEveryMetricTheGrafanaDashboardQueries() throws Exception {
        String article = EventJson.mapper()
                .writeValueAsString(new newsflow.contract.RawArticle(
                        "demo",
                        "metered",
                        null,
                        "Metered article",
                        "Dmytro Kuleba met Jeppe Kofod in Kyiv.",
                        null,
                        null,
                        "en",
                        1L,
                        null));
        topics.send(newsflow.contract.Topics.RAW, "demo:metered", article);
        topics.send(newsflow.contract.Topics.RAW, "demo:metered", article);
        topics.send(newsflow.contract.Topics.RAW, "demo:refused", "{\"source\":\"demo\",\"id\":\"refused\"}");
        topics.send(newsflow.contract.Topics.INGESTED, "poison-for-metrics", "not json{");
        List<String> queried = grafanaMetrics();

        await("every queried metric on some service's /actuator/prometheus")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    String scraped = scrapeAll();
                    assertThat(queried)
                            .allSatisfy(metric ->
                                    assertThat(scraped).as(metric).containsPattern("(?m)^" + metric + "[{ ]"));
                });
        assertThat(queried)
                .contains(
                        "newsflow_pipeline_latency_seconds_bucket",
                        "newsflow_consumer_lag_seconds",
                        "newsflow_dead_letters_total",
                        "newsflow_ingest_rejected_total");
    }

    @Test
    void servesHttpOnTheLoopbackAddressOnly() throws Exception {
        InetAddress outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(PipelineEndToEndTests::isUpAndNotLoopback)
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address)
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(outside != null, "this machine has no network address but loopback");

        for (int port :
                List.of(pipeline.ingestPort(), pipeline.enrichPort(), pipeline.indexPort(), pipeline.dashboardPort())) {
            assertThat(connects(InetAddress.getByName("127.0.0.1"), port))
                    .as("127.0.0.1:%d", port)
                    .isTrue();
            assertThat(connects(outside, port))
                    .as("%s:%d", outside.getHostAddress(), port)
                    .isFalse();
        }
    }

    private static boolean isUpAndNotLoopback(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        } catch (SocketException ex) {
            return false;
        }
    }

    private static boolean connects(InetAddress address, int port) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }

    /** The metric names the Grafana dashboard's queries use. */
    private static List<String> grafanaMetrics() throws IOException {
        String dashboard =
                java.nio.file.Files.readString(Path.of("..", "ops", "grafana", "dashboards", "newsflow-pipeline.json"));
        return java.util.regex.Pattern.compile("\\b((newsflow|spring_kafka)_[a-z_]+)")
                .matcher(dashboard)
                .results()
                .map(match -> match.group(1))
                .distinct()
                .sorted()
                .toList();
    }

    private static String scrapeAll() throws IOException, InterruptedException {
        var scraped = new StringBuilder();
        for (int port :
                List.of(pipeline.ingestPort(), pipeline.enrichPort(), pipeline.indexPort(), pipeline.dashboardPort())) {
            scraped.append(get(port, "/actuator/prometheus").body()).append('\n');
        }
        return scraped.toString();
    }

    private static final java.util.regex.Pattern STAGE_LINE =
            java.util.regex.Pattern.compile("(Ingested|Enriched|Indexed) demo-");
    private static final java.util.regex.Pattern TRACE_ID = java.util.regex.Pattern.compile("\\b([0-9a-f]{32})\\b");

    private static String stage(String line) {
        var matcher = STAGE_LINE.matcher(line);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String traceId(String line) {
        var matcher = TRACE_ID.matcher(line);
        return matcher.find() ? matcher.group(1) : "none";
    }

    private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + pipeline.ingestPort() + path))
                .header("Authorization", "Bearer demo-key")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
