package newsflow.launcher.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleIds;
import newsflow.contract.ArticleIngested;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.EventJson;
import newsflow.contract.Mention;
import newsflow.contract.MentionForm;
import newsflow.contract.Provenance;
import newsflow.contract.RawArticle;
import newsflow.contract.Topics;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.launcher.PipelineAccess;
import newsflow.testsupport.KafkaIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard in a real browser (headless Chromium) while the whole pipeline runs on a real broker: its numbers
 * move when articles arrive, article text is shown as text and never runs, an operator redrives a dead letter
 * that then goes through, and entities show their Wikidata ids as links. Leaves a screenshot in
 * {@code docs/dashboard.png}. Skipped, saying so, where Chromium is
 * not installed; {@code .ci/run} installs it.
 */
@Tag("slow")
class DashboardBrowserTests extends KafkaIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path workDir;

    private static PipelineAccess pipeline;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(
                HeadlessChromium.installed(),
                "Skipped: Chromium is not installed (apt-get install "
                        + "chromium chromium-driver); .ci/run installs it, so CI always runs this test.");
        pipeline = PipelineAccess.start(
                bootstrapServers(),
                workDir.resolve("index"),
                "--newsflow.dashboard.sample-interval=500ms",
                "--newsflow.dashboard.rate-window=10s");
        browser = HeadlessChromium.start(Files.createDirectories(workDir.resolve("chromium")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void showsThePipelineMovingKeepsArticleTextInertAndRedrivesADeadLetter() throws Exception {
        browser.get("http://localhost:" + pipeline.dashboardPort() + "/");
        long before = awaitNumber(stat("[data-topic='articles.raw']", "records"));

        String hostileId = push(new RawArticle(
                "demo",
                "hostile-" + Instant.now().toEpochMilli(),
                null,
                "Oslo council meets <b>today</b>",
                "Norway's capital Oslo met. <script>window.__newsflowXss = true"
                        + "</script><img src=x onerror=\"window.__newsflowXss = true\"> Jonas Gahr Støre spoke.",
                null,
                null,
                "en",
                null,
                null));
        push(new RawArticle(
                "demo",
                "calm-" + Instant.now().toEpochMilli(),
                null,
                "Sweden and Denmark agree",
                "Sweden and Denmark signed a bridge agreement in Malmö.",
                null,
                null,
                "en",
                null,
                null));

        topics.send(Topics.RAW, "demo:refused", "{\"source\":\"demo\",\"id\":\"refused\"}");

        await("raw records to grow on the page")
                .atMost(WAIT)
                .until(() -> number(stat("[data-topic='articles.raw']", "records")) >= before + 3);
        await("the refusal counted on the page")
                .atMost(WAIT)
                .until(() -> number(stat("[data-topic='articles.rejected']", "records")) >= 1);
        WebElement hostile = await("the hostile article on the page")
                .atMost(WAIT)
                .until(
                        () -> browser.findElements(By.cssSelector("[data-article='" + hostileId + "']")),
                        found -> !found.isEmpty())
                .get(0);
        assertThat(hostile.getText()).contains("<script>window.__newsflowXss = true</script>");
        assertThat(hostile.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.executeScript("return window.__newsflowXss === undefined"))
                .isEqualTo(true);

        ArticleIngested lost = deadLetterAValidArticle();
        WebElement checkbox = await("the dead letter on the page")
                .atMost(WAIT)
                .until(
                        () -> browser.findElements(By.cssSelector(
                                "[data-dlt='articles.ingested.dlt'] tr[data-key='" + lost.articleId() + "'] input")),
                        found -> !found.isEmpty())
                .get(0);
        checkbox.click();
        browser.findElement(By.id("operator-token")).sendKeys("ops-key");
        browser.findElement(By.id("redrive-button")).click();
        await("the redrive result")
                .atMost(WAIT)
                .until(() -> browser.findElement(By.id("redrive-result")).getText(), text -> text.contains("REDRIVEN"));
        await("the redriven article enriched and on the page")
                .atMost(WAIT)
                .until(() -> !browser.findElements(By.cssSelector("[data-article='" + lost.articleId() + "']"))
                        .isEmpty());
        assertThat(get(pipeline.indexPort(), "/api/articles/" + lost.articleId())
                        .statusCode())
                .isEqualTo(200);

        await("the end-to-end latency from index-service")
                .atMost(WAIT)
                .until(() -> browser.findElement(By.id("latency-now")).getText(), text -> text.contains("p99"));
        await("the charts to draw")
                .atMost(WAIT)
                .until(() -> !browser.findElements(By.cssSelector("#throughput-chart canvas"))
                        .isEmpty());
        Path screenshot = Path.of("..", "docs", "dashboard.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void showsTheWikidataIdOfAnEntityBesideItsNameAsALinkToWikidata() {
        browser.get("http://localhost:" + pipeline.dashboardPort() + "/");
        List<ArticleEnriched> articles = List.of(enrichedAboutTheEu(), enrichedAboutTheEu(), enrichedAboutTheEu());
        articles.forEach(article -> topics.send(
                Topics.ENRICHED, article.articleId(), EventJson.mapper().writeValueAsBytes(article)));
        String latest = "[data-article='" + articles.get(2).articleId() + "']";

        await("the latest article's entities with their Wikidata ids")
                .atMost(WAIT)
                .ignoreExceptionsInstanceOf(WebDriverException.class)
                .untilAsserted(() -> assertShowsTheWikidataIdOfTheEuOnlyIn(latest));
        await("the top entities with their Wikidata ids")
                .atMost(WAIT)
                .ignoreExceptionsInstanceOf(WebDriverException.class)
                .untilAsserted(() -> assertShowsTheWikidataIdOfTheEuOnlyIn("#top-entities"));
    }

    /** The EU shows "Q458" beside its name, linking to its Wikidata page; Lavrov, who has no id, shows no link. */
    private static void assertShowsTheWikidataIdOfTheEuOnlyIn(String container) {
        WebElement eu = browser.findElement(By.cssSelector(container + " [data-entity='org:european-union']"));
        assertThat(eu.getText()).startsWith("European Union Q458");
        WebElement link = eu.findElement(By.tagName("a"));
        assertThat(link.getText()).isEqualTo("Q458");
        assertThat(link.getDomAttribute("href")).isEqualTo("https://www.wikidata.org/wiki/Q458");
        assertThat(link.getDomAttribute("rel")).isEqualTo("noopener noreferrer");
        WebElement lavrov = browser.findElement(By.cssSelector(container + " [data-entity='person:sergei-lavrov']"));
        assertThat(lavrov.getText()).startsWith("Sergei Lavrov ·");
        assertThat(lavrov.findElements(By.tagName("a"))).isEmpty();
    }

    /** An enriched article, as the tagger writes it, naming the EU (with its Wikidata id) and Lavrov (without). */
    private static ArticleEnriched enrichedAboutTheEu() {
        String id = "wikidata-" + UUID.randomUUID();
        String body = "The EU answered Lavrov.";
        return new ArticleEnriched(
                ArticleIds.derive("demo", id),
                1,
                1,
                "demo",
                id,
                null,
                null,
                "EU answers Lavrov",
                Instant.now(),
                "en",
                "e".repeat(64),
                null,
                List.of(new Zone(ZoneName.BODY, body)),
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
                                0.6,
                                0.9,
                                List.of(new Mention(ZoneName.BODY, 16, 22, "Lavrov", MentionForm.NAME)))),
                new Provenance("test", "1", List.of(), "1", List.of()),
                Instant.now(),
                Instant.now());
    }

    /** A valid article that a stage gave up on (as after a long broker outage), dead-lettered as spring-kafka does. */
    private static ArticleIngested deadLetterAValidArticle() {
        String id = "redriven-" + Instant.now().toEpochMilli();
        var article = new ArticleIngested(
                ArticleIds.derive("demo", id),
                1,
                "demo",
                id,
                null,
                null,
                "Kyiv and Warsaw sign rail deal",
                Instant.now(),
                "en",
                "b".repeat(64),
                null,
                List.of(
                        new Zone(ZoneName.HEADLINE, "Kyiv and Warsaw sign rail deal"),
                        new Zone(ZoneName.BODY, "Ukraine and Poland agreed on a new rail link from Kyiv to Warsaw.")),
                Instant.now());
        topics.send(
                Topics.deadLetterOf(Topics.INGESTED),
                article.articleId(),
                EventJson.mapper().writeValueAsBytes(article),
                Map.of(
                        "kafka_dlt-original-topic", Topics.INGESTED.getBytes(StandardCharsets.UTF_8),
                        "kafka_dlt-original-offset",
                                ByteBuffer.allocate(8).putLong(0).array(),
                        "kafka_dlt-exception-fqcn",
                                "org.apache.kafka.common.errors.TimeoutException".getBytes(StandardCharsets.UTF_8),
                        "kafka_dlt-exception-message",
                                "Expiring 1 record(s): broker unreachable".getBytes(StandardCharsets.UTF_8)));
        return article;
    }

    private static String push(RawArticle article) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + pipeline.ingestPort() + "/api/articles"))
                .header("Authorization", "Bearer demo-key")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(article)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return EventJson.mapper().readTree(response.body()).get("articleId").asString();
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static By stat(String container, String stat) {
        return By.cssSelector(container + " [data-stat='" + stat + "']");
    }

    private static long awaitNumber(By locator) {
        return await("a number at " + locator).atMost(WAIT).until(() -> number(locator), value -> value >= 0);
    }

    private static long number(By locator) {
        String text = browser.findElement(locator).getText().strip();
        return text.matches("\\d+") ? Long.parseLong(text) : -1;
    }
}
