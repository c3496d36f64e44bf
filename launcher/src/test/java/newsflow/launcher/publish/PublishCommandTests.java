package newsflow.launcher.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import newsflow.contract.ArticleIds;
import newsflow.contract.ArticleIngested;
import newsflow.contract.EventJson;
import newsflow.contract.SampleArticles;
import newsflow.contract.Topics;
import newsflow.ingest.IngestApplication;
import newsflow.testsupport.KafkaIntegrationTest;
import newsflow.testsupport.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code newsflow.jar publish} against a real ingest-service on a real broker: files, folders and stdin over HTTP
 * and straight to Kafka, each refusal printed with its reason code, and the exit status saying what happened.
 */
class PublishCommandTests extends KafkaIntegrationTest {

    private static ConfigurableApplicationContext ingest;
    private static String ingestUrl;

    @TempDir
    Path folder;

    @BeforeAll
    static void startIngest() {
        var application = IngestApplication.application();
        application.setRegisterShutdownHook(false);
        ingest = application.run(
                "--spring.kafka.bootstrap-servers=" + bootstrapServers(),
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--newsflow.ingest.publishers[0].source=cli",
                "--newsflow.ingest.publishers[0].key-sha256=" + sha256("publish-key"));
        ingestUrl =
                "http://127.0.0.1:" + ingest.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @AfterAll
    static void stopIngest() {
        ingest.close();
    }

    @Test
    void publishesAFolderOverHttpAndPrintsEachRefusalWithItsReasonCode() throws IOException {
        String run = run();
        Files.writeString(folder.resolve("seed-" + run + ".txt"), SampleArticles.seedPage());
        Files.createDirectories(folder.resolve("pages"));
        Files.writeString(
                folder.resolve("pages/harbour-" + run + ".html"),
                "<html><head><title>Harbour bridge reopens</title></head><body><h1>Harbour bridge reopens</h1>"
                        + "<p>The Sydney Harbour Bridge reopened on Sunday after repairs, the New South Wales"
                        + " government said.</p></body></html>");
        Files.writeString(
                folder.resolve("more.jsonl"),
                line("cli", "line-one-" + run, "Oslo City Council voted on Tuesday to close the harbour road.")
                        + "\n{\"source\":\"cli\",\"id\":\"no-body-" + run + "\"}\n\n"
                        + line("cli", "line-three-" + run, "Norway's parliament met in Oslo on Monday.") + "\n");
        Files.write(folder.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        var result = publish(null, folder.toString(), "--http", ingestUrl, "--key", "publish-key", "--source", "cli");

        assertThat(result.status()).as(result.err()).isEqualTo(PublishCommand.SOME_NOT_ACCEPTED);
        assertThat(result.out()).contains("publish: 4 accepted, 1 refused, 0 not sent, to " + ingestUrl);
        assertThat(result.err())
                .contains("more.jsonl:2 refused: MISSING_FIELD (body) body is required")
                .contains("skipped " + folder.resolve("photo.png"));
        for (String id : new String[] {"seed-" + run, "pages/harbour-" + run, "line-one-" + run, "line-three-" + run}) {
            String articleId = ArticleIds.derive("cli", id);
            ArticleIngested ingested = EventJson.mapper()
                    .readValue(topics.awaitKey(Topics.INGESTED, articleId).value(), ArticleIngested.class);
            assertThat(ingested.sourceArticleId()).isEqualTo(id);
        }
        assertThat(topics.readWithKey(Topics.INGESTED, ArticleIds.derive("cli", "no-body-" + run)))
                .isEmpty();
    }

    @Test
    void aStaleVersionIsRefusedWithItsReasonCodeOverHttp() throws IOException {
        String id = "versioned-" + run();
        Path second = folder.resolve("second.json");
        Path first = folder.resolve("first.json");
        Files.writeString(second, versioned(id, 2, "The second version of the report from Oslo."));
        Files.writeString(first, versioned(id, 1, "The first version of the report from Oslo."));
        assertThat(publish(null, second.toString(), "--http", ingestUrl, "--key", "publish-key")
                        .status())
                .isZero();
        topics.awaitKey(Topics.INGESTED, ArticleIds.derive("cli", id));

        var result = publish(null, first.toString(), "--http", ingestUrl, "--key", "publish-key");

        assertThat(result.status()).isEqualTo(PublishCommand.SOME_NOT_ACCEPTED);
        assertThat(result.err()).contains("first.json refused: STALE_VERSION");
        assertThat(result.out()).contains("0 accepted, 1 refused");
    }

    @Test
    void aWrongKeyStopsAtOnceWithItsOwnExitStatusAndSendsNothingMore() throws IOException {
        String run = run();
        Files.writeString(
                folder.resolve("a.jsonl"),
                line("cli", "a-" + run, "Text one.") + "\n" + line("cli", "b-" + run, "Text two.") + "\n");

        var result = publish(null, folder.toString(), "--http", ingestUrl, "--key", "not-the-key");

        assertThat(result.status()).isEqualTo(ArticleSink.KEY_REFUSED);
        assertThat(result.out())
                .contains("0 accepted, 0 refused, 1 not sent")
                .contains("publish: stopped: ingest-service refused the key");
    }

    @Test
    void anIngestServiceThatDoesNotAnswerStopsTheRunWithExitStatus69() throws IOException {
        Files.writeString(folder.resolve("a.jsonl"), line("cli", "a-" + run(), "Text.") + "\n");

        var result = publish(
                null,
                folder.toString(),
                "--http",
                "http://127.0.0.1:" + closedPort(),
                "--key",
                "publish-key",
                "--timeout",
                "5s");

        assertThat(result.status()).isEqualTo(ArticleSink.UNAVAILABLE);
        assertThat(result.out()).contains("publish: stopped: ingest-service does not answer at http://127.0.0.1:");
    }

    @Test
    void publishesJsonLinesFromStdinStraightToKafkaKeyedAsTheHttpEndpointKeysThem() {
        String run = run();
        String stdin = line("cli", "kafka-one-" + run, "Copenhagen's mayor met Danish business leaders.") + "\n"
                + "{\"source\":\"cli\",\"id\":\"broken-" + run + "\",\"body\":\n"
                + line("cli", "kafka-two-" + run, "Aarhus University opened a new campus.") + "\n";

        var result = publish(stdin, "-", "--bootstrap-servers", bootstrapServers());

        assertThat(result.status()).as(result.err()).isEqualTo(PublishCommand.SOME_NOT_ACCEPTED);
        assertThat(result.out()).contains("publish: 2 accepted, 1 refused, 0 not sent, to articles.raw on ");
        assertThat(result.err()).contains("stdin:2 refused: MALFORMED_JSON not valid JSON");
        assertThat(TopicProbe.text(topics.awaitKey(Topics.RAW, "cli:kafka-one-" + run)))
                .contains("Copenhagen's mayor");
        topics.awaitKey(Topics.INGESTED, ArticleIds.derive("cli", "kafka-two-" + run));
        assertThat(topics.readWithKey(Topics.RAW, "cli:broken-" + run)).isEmpty();
    }

    @Test
    void brokersThatDoNotAnswerStopTheRunBeforeAnythingIsReadWithExitStatus69() {
        var result = publish(
                line("cli", "x", "Text.") + "\n",
                "-",
                "--bootstrap-servers",
                "127.0.0.1:" + closedPort(),
                "--timeout",
                "3s");

        assertThat(result.status()).isEqualTo(ArticleSink.UNAVAILABLE);
        assertThat(result.out())
                .contains("0 accepted, 0 refused, 0 not sent")
                .contains("publish: stopped: no Kafka broker answered at 127.0.0.1:");
    }

    @Test
    void aPathThatDoesNotExistAndATextFileWithoutASourceAreRefusedEachWithAMessage() throws IOException {
        Path text = folder.resolve("story.txt");
        Files.writeString(text, "A headline\n\nA body.");

        var result = publish(
                null, folder.resolve("missing").toString(), text.toString(), "--bootstrap-servers", bootstrapServers());

        assertThat(result.status()).isEqualTo(PublishCommand.SOME_NOT_ACCEPTED);
        assertThat(result.err())
                .contains(folder.resolve("missing") + " refused: no such file or folder")
                .contains("story.txt refused: a text or HTML file needs its publisher id: --source ID");
        assertThat(result.out()).contains("0 accepted, 2 refused");
    }

    private record Result(int status, String out, String err) {}

    private static Result publish(String stdin, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8));
        int status = PublishCommand.run(
                args,
                in,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String line(String source, String id, String body) {
        return "{\"source\":\"" + source + "\",\"id\":\"" + id + "\",\"title\":\"" + body.split(" ")[0]
                + " story\",\"body\":\"" + body + "\",\"contentType\":\"text/plain\",\"language\":\"en\"}";
    }

    private static String versioned(String id, long revision, String body) {
        return "{\"source\":\"cli\",\"id\":\"" + id + "\",\"title\":\"Report\",\"body\":\"" + body
                + "\",\"contentType\":\"text/plain\",\"language\":\"en\",\"revision\":" + revision + "}";
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static int closedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
