package newsflow.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import newsflow.contract.ArticleIds;
import newsflow.contract.ArticleIngested;
import newsflow.contract.EventJson;
import newsflow.contract.RawArticle;
import newsflow.contract.ReasonCode;
import newsflow.contract.SampleArticles;
import newsflow.ingest.intake.Refused;
import org.junit.jupiter.api.Test;

/** The stateless ingestion step, as the service and offline tools call it, without Spring or Kafka. */
class ArticleIngestionTests {

    private static final ArticleIngestion INGESTION = ArticleIngestion.withDefaults(2 * 1024 * 1024);
    private static final Instant RECEIVED = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void ingestsTheSeedWithItsIdVersionCanonicalUrlHashAndFingerprint() {
        RawArticle seed = SampleArticles.seed("demo", "seed-1");
        String url = seed.url() + "?utm_source=twitter#top";

        ArticleIngested article = accepted(json(seed).replace(seed.url(), url));

        assertThat(article.articleId()).isEqualTo(ArticleIds.derive("demo", "seed-1"));
        assertThat(article.version()).isEqualTo(1);
        assertThat(article.url()).isEqualTo(url);
        assertThat(article.canonicalUrl()).isEqualTo("https://demo.newsflow.dev/world/danish-foreign-minister-walkout");
        assertThat(article.contentHash()).matches("[0-9a-f]{64}");
        assertThat(article.fingerprint()).matches("[0-9a-f]{16}");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.ingestedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void detectsTheLanguageOnlyWhenThePublisherNamedNone() {
        String danish = "{\"source\":\"demo\",\"id\":\"dk-1\",\"title\":\"Ny bro over havnen\",\"body\":\"Byrådet "
                + "stemte tirsdag for en ny bro over havnen, og arbejdet begynder i 2027.\\n\\nBroen skal forbinde "
                + "de to bydele og bliver kun for cyklister og fodgængere.\"";

        assertThat(accepted(danish + "}").language()).isEqualTo("da");
        assertThat(accepted(danish + ",\"language\":\"nb\"}").language()).isEqualTo("nb");
    }

    @Test
    void knowsAnArticleWithoutIdByItsCanonicalUrl() {
        ArticleIngested article = accepted("{\"source\":\"demo\",\"url\":\"https://Example.com/a?utm_medium=x\","
                + "\"title\":\"T\",\"body\":\"The text of the article.\"}");

        assertThat(article.sourceArticleId()).isEqualTo("https://example.com/a");
        assertThat(article.articleId()).isEqualTo(ArticleIds.derive("demo", "https://example.com/a"));
        assertThat(accepted("{\"source\":\"demo\",\"url\":\"https://example.com/a#x\",\"title\":\"T\","
                                + "\"body\":\"Other text.\"}")
                        .articleId())
                .isEqualTo(article.articleId());
    }

    @Test
    void takesTheVersionFromRevisionElseUpdateTimeElsePublicationTimeElseReceiveTime() {
        String base = "{\"source\":\"demo\",\"id\":\"v\",\"title\":\"T\",\"body\":\"Text.\","
                + "\"publishedAt\":\"2022-03-01T10:15:00Z\"";

        assertThat(accepted(base + ",\"updatedAt\":\"2022-03-02T08:00:00+01:00\",\"revision\":4}")
                        .version())
                .isEqualTo(4);
        assertThat(accepted(base + ",\"updatedAt\":\"2022-03-02T08:00:00+01:00\"}")
                        .version())
                .isEqualTo(Instant.parse("2022-03-02T07:00:00Z").toEpochMilli());
        assertThat(accepted(base + "}").version())
                .isEqualTo(Instant.parse("2022-03-01T10:15:00Z").toEpochMilli());
        assertThat(accepted("{\"source\":\"demo\",\"id\":\"v\",\"title\":\"T\",\"body\":\"Text.\"}")
                        .version())
                .isEqualTo(RECEIVED.toEpochMilli());
    }

    @Test
    void givesTheSameHashToTheSameTextWhateverItsBoilerplate() {
        String text = "{\"source\":\"demo\",\"id\":\"h\",\"title\":\"T\",\"body\":\"The text.\\n\\nMore text.";

        assertThat(accepted(text + "\"}").contentHash())
                .isEqualTo(
                        accepted(text + "\\n\\nSubscribe to our newsletter\"}").contentHash())
                .isNotEqualTo(accepted(text + " Changed.\"}").contentHash());
    }

    @Test
    void turnsARetractionIntoARetractionOfTheSameArticleId() {
        IngestOutcome outcome = INGESTION.ingest(
                bytes("{\"source\":\"demo\",\"id\":\"seed-1\"," + "\"action\":\"RETRACT\",\"revision\":2}"), RECEIVED);

        assertThat(outcome).isInstanceOf(IngestOutcome.Retracted.class);
        assertThat(outcome.articleId()).isEqualTo(ArticleIds.derive("demo", "seed-1"));
        assertThat(outcome.articleVersion().retracted()).isTrue();
        assertThat(outcome.articleVersion().version()).isEqualTo(2);
    }

    @Test
    void refusesAnArticleWithNothingButFurniture() {
        assertThatThrownBy(() -> INGESTION.ingest(
                        bytes("{\"source\":\"demo\",\"id\":\"e\",\"title\":\"T\","
                                + "\"body\":\"Share this article\\nSubscribe\"}"),
                        RECEIVED))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.refusal().reason()).isEqualTo(ReasonCode.EMPTY_AFTER_CLEANING);
                    assertThat(refused.source()).isEqualTo("demo");
                    assertThat(refused.sourceArticleId()).isEqualTo("e");
                });
    }

    private static ArticleIngested accepted(String json) {
        IngestOutcome outcome = INGESTION.ingest(bytes(json), RECEIVED);
        assertThat(outcome).isInstanceOf(IngestOutcome.Accepted.class);
        return ((IngestOutcome.Accepted) outcome).article();
    }

    private static String json(RawArticle raw) {
        return EventJson.mapper().writeValueAsString(raw);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
