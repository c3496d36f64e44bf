package newsflow.launcher.tail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.EventJson;
import newsflow.contract.Mention;
import newsflow.contract.MentionForm;
import newsflow.contract.Provenance;
import newsflow.contract.RetagRequest;
import newsflow.contract.RetractionHeaders;
import newsflow.contract.Topics;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.testsupport.KafkaIntegrationTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code newsflow.jar tail} on a real broker: it follows {@code articles.enriched} from the beginning or from now,
 * filters by entity, type, country, source and language, prints one line per article or its JSON, and shows
 * retractions and re-tags as such. Each test writes articles of a source of its own and filters by it, so the
 * records other tests leave on the shared broker do not count.
 */
class TailCommandTests extends KafkaIntegrationTest {

    private static final String BODY = "Lars Løkke Rasmussen of Denmark spoke in Geneva.";

    @BeforeAll
    static void topicsExist() {
        topics.createIfMissing(Topics.ENRICHED, Topics.REJECTED);
    }

    @Test
    void printsALinePerArticleWithItsTopEntitiesThenARetagAndARetraction() {
        String source = source();
        ArticleEnriched article = article(source, "walkout", "Danish minister shares walkout video", "en");
        send(article);
        send(retagged(article));
        topics.send(
                Topics.ENRICHED,
                article.articleId(),
                null,
                RetractionHeaders.toHeaders(new ArticleRetracted(article.articleId(), 2, source, "legal")));

        var result = tail("--from-beginning", "--source", source, "--max", "3");

        assertThat(result.status()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .contains("  " + source + "  v1 r1  en  Danish minister shares walkout video  — Lars Løkke"
                        + " Rasmussen (PERSON), Denmark (COUNTRY), Geneva (LOCATION)  [" + article.articleId() + "]");
        assertThat(lines.get(1)).contains("RE-TAG  " + source + "  v1 r2  en");
        assertThat(lines.get(2)).contains("RETRACTED  " + source + "  v2  legal  [" + article.articleId() + "]");
    }

    @Test
    void printsAnArticleARetagPublishedAgainAsARetagWithoutHavingSeenItBefore() {
        String source = source();
        ArticleEnriched retagged = retagged(article(source, "harbour", "Harbour bridge reopens", "en"));
        topics.send(
                Topics.ENRICHED,
                retagged.articleId(),
                EventJson.mapper().writeValueAsBytes(retagged),
                Map.of(RetagRequest.RUN_HEADER, "retag-run-1".getBytes(StandardCharsets.UTF_8)));

        var result = tail("--from-beginning", "--source", source, "--max", "1");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("RE-TAG  " + source + "  v1 r2  en  Harbour bridge reopens");
    }

    @Test
    void filtersByEntityTypeCountryAndLanguage() {
        String source = source();
        send(article(source, "one", "Denmark story in English", "en"));
        ArticleEnriched two = article(source, "two", "Story without people", "en");
        send(article(
                source,
                "two",
                two.title(),
                "en",
                two.entities().stream()
                        .filter(entity -> entity.type() != EntityType.PERSON)
                        .toList()));
        send(article(source, "three", "Geschichte auf Deutsch", "de"));

        assertThat(tail("--from-beginning", "--source", source, "--type", "person", "--max", "2")
                        .out())
                .contains("Denmark story in English", "Geschichte auf Deutsch")
                .doesNotContain("Story without people");
        assertThat(tail("--from-beginning", "--source", source, "--entity", "person:lars-lokke-rasmussen", "--max", "2")
                        .out())
                .contains("Denmark story in English", "Geschichte auf Deutsch");
        assertThat(tail("--from-beginning", "--source", source, "--country", "ch", "--language", "de", "--max", "1")
                        .out()
                        .lines())
                .singleElement(InstanceOfAssertFactories.STRING)
                .contains("Geschichte auf Deutsch");
        assertThat(tail("--from-beginning", "--source", source, "--entity", "Geneva", "--max", "3")
                        .out()
                        .lines())
                .hasSize(3);
    }

    @Test
    void followsFromNowAndPrintsEachNewArticleAsJsonWithJson() throws Exception {
        String source = source();
        send(article(source, "old", "An older story", "en"));
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var tail = new TailCommand(
                TailOptions.parse(new String[] {
                    "--source", source, "--json", "--max", "1", "--bootstrap-servers", bootstrapServers()
                }),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(tail::follow);
        await("tail positioned at the end of the topic")
                .atMost(Duration.ofSeconds(30))
                .until(() -> err.toString(StandardCharsets.UTF_8).contains("from now"));

        ArticleEnriched fresh = article(source, "new", "A newer story", "en");
        send(fresh);

        assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
        ArticleEnriched printed = EventJson.mapper()
                .readValue(out.toString(StandardCharsets.UTF_8).strip(), ArticleEnriched.class);
        assertThat(printed).isEqualTo(fresh);
    }

    @Test
    void stopsWhenToldWhileWaitingForRecords() throws Exception {
        var err = new ByteArrayOutputStream();
        var tail = new TailCommand(
                TailOptions.parse(new String[] {"--source", source(), "--bootstrap-servers", bootstrapServers()}),
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(tail::follow);
        await("tail following")
                .atMost(Duration.ofSeconds(30))
                .until(() -> err.toString(StandardCharsets.UTF_8).contains("from now"));

        tail.stop();

        assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void showsTheRefusalsOnArticlesRejected() {
        String source = source();
        topics.send(
                Topics.REJECTED,
                source + ":bad",
                "{\"source\":\"" + source + "\",\"sourceArticleId\":\"bad\",\"reason\":\"MISSING_FIELD\","
                        + "\"message\":\"body is required\",\"field\":\"body\",\"rejectedAt\":\"2026-12-03T09:00:00Z\"}");

        var result = tail("--topic", Topics.REJECTED, "--from-beginning", "--source", source, "--max", "1");

        assertThat(result.out()).contains("REJECTED  " + source + "/bad  MISSING_FIELD (body)  body is required");
    }

    @Test
    void brokersThatDoNotAnswerEndTheRunWithExitStatus69() {
        var tail = new TailCommand(
                new TailOptions(
                        Topics.ENRICHED,
                        false,
                        new TailFilter(null, null, null, null, null),
                        false,
                        1,
                        "127.0.0.1:1",
                        Map.of(),
                        Duration.ofSeconds(2)),
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));

        assertThat(tail.follow()).isEqualTo(TailCommand.UNAVAILABLE);
    }

    private record Result(int status, String out, String err) {}

    /** Runs tail to its --max; should it wait for more than the test wrote, it is stopped after 60 s. */
    private static Result tail(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        String[] all = Stream.concat(Arrays.stream(args), Stream.of("--bootstrap-servers", bootstrapServers()))
                .toArray(String[]::new);
        var tail = new TailCommand(
                TailOptions.parse(all),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(tail::follow);
        int status;
        try {
            status = running.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException ex) {
            tail.stop();
            status = running.join();
            err.writeBytes("\n(stopped by the test after 60 s)".getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException | ExecutionException ex) {
            throw new IllegalStateException(ex);
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void send(ArticleEnriched article) {
        topics.send(Topics.ENRICHED, article.articleId(), EventJson.mapper().writeValueAsBytes(article));
    }

    private static String source() {
        return "tail-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static ArticleEnriched article(String source, String id, String title, String language) {
        return article(
                source,
                id,
                title,
                language,
                List.of(
                        entity("country:DK", EntityType.COUNTRY, "Denmark", 0.6, BODY, "Denmark"),
                        entity(
                                "person:lars-lokke-rasmussen",
                                EntityType.PERSON,
                                "Lars Løkke Rasmussen",
                                0.9,
                                BODY,
                                "Lars Løkke Rasmussen"),
                        entity("location:geneva-ch", EntityType.LOCATION, "Geneva", 0.3, BODY, "Geneva")));
    }

    /** The same article tagged again by a newer tagger, which found one entity less. */
    private static ArticleEnriched retagged(ArticleEnriched article) {
        return new ArticleEnriched(
                article.articleId(),
                article.version(),
                article.enrichmentRevision() + 1,
                article.source(),
                article.sourceArticleId(),
                article.url(),
                article.canonicalUrl(),
                article.title(),
                article.publishedAt(),
                article.language(),
                article.contentHash(),
                article.fingerprint(),
                article.zones(),
                article.entities().subList(0, article.entities().size() - 1),
                new Provenance("newsflow-crf-gazetteer", "0.3.2", List.of("test"), "2026.12", List.of()),
                article.ingestedAt(),
                article.enrichedAt().plusSeconds(3600));
    }

    static ArticleEnriched article(String source, String id, String title, String language, List<Entity> entities) {
        return new ArticleEnriched(
                source + "-" + id,
                1,
                1,
                source,
                id,
                null,
                null,
                title,
                Instant.parse("2026-12-03T08:00:00Z"),
                language,
                "hash-" + id,
                null,
                List.of(new Zone(ZoneName.HEADLINE, title), new Zone(ZoneName.BODY, BODY)),
                entities,
                new Provenance("newsflow-crf-gazetteer", "0.3.1", List.of("test"), "2026.12", List.of()),
                Instant.parse("2026-12-03T08:00:01Z"),
                Instant.parse("2026-12-03T08:00:02Z"));
    }

    private static Entity entity(String id, EntityType type, String name, double salience, String body, String text) {
        int start = body.indexOf(text);
        return new Entity(
                id,
                type,
                name,
                null,
                salience,
                0.9,
                List.of(new Mention(ZoneName.BODY, start, start + text.length(), text, MentionForm.NAME)));
    }
}
