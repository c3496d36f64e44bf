package newsflow.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import newsflow.contract.RawArticle;
import newsflow.contract.ReasonCode;
import newsflow.contract.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RawArticleReaderTests {

    private final RawArticleReader reader = new RawArticleReader(1024);

    @Test
    void readsAnArticleWithAUrlInsteadOfAnIdAndItsUpdateTime() {
        RawArticle raw = read("{\"source\":\"demo\",\"url\":\"https://example.com/a\",\"body\":\"Text.\","
                + "\"updatedAt\":\"2026-11-27T10:00:00+01:00\"}");

        assertThat(raw.id()).isNull();
        assertThat(raw.url()).isEqualTo("https://example.com/a");
        assertThat(raw.updatedAt()).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"source":"demo","body":"Text."}                                             | MISSING_FIELD    | id
            {"source":"demo","id":" ","url":"https://example.com/a","body":"Text."}      | MISSING_FIELD    | id
            {"source":"demo","id":"a","body":"Text.","updatedAt":"last week"}            | INVALID_FIELD    | updatedAt
            {"source":"demo","id":"a","body":"Text.","publishedAt":"+20000-01-01T00:00:00Z"} | INVALID_FIELD | publishedAt
            {"source":"Demo!","id":"a","body":"Text."}                                   | INVALID_FIELD    | source
            {"source":"demo","id":"a","body":"Text.","revision":-1}                      | INVALID_FIELD    | revision
            {"source":"demo","id":"a","body":"Text.","revision":4398046511104}           | INVALID_FIELD    | revision
            {"source":"demo","id":"a","body":"Text.","updatedAt":"2110-01-01T00:00:00Z"} | INVALID_FIELD    | updatedAt
            {"source":"demo","id":"a","body":"Text.","language":"english"}               | INVALID_FIELD    | language
            """)
    void refusesABadFieldWithItsReasonAndName(String json, ReasonCode reason, String field) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.refusal())
                    .extracting(Refusal::reason, Refusal::field)
                    .isEqualTo(List.of(reason, field));
            assertThat(refused.refusal().message()).isNotBlank();
        });
    }

    @Test
    void takesTheHighestRevisionAVersionCanHave() {
        RawArticle raw = read("{\"source\":\"demo\",\"id\":\"a\",\"body\":\"Text.\",\"revision\":4398046511103}");

        assertThat(raw.revision()).isEqualTo(4_398_046_511_103L);
    }

    @Test
    void refusesABodyOverTheLimitAndNamesThePublisherAndArticle() {
        assertThatThrownBy(() -> read("{\"source\":\"demo\",\"id\":\"big\",\"body\":\"" + "x".repeat(1025) + "\"}"))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.refusal().reason()).isEqualTo(ReasonCode.BODY_TOO_LARGE);
                    assertThat(refused.source()).isEqualTo("demo");
                    assertThat(refused.sourceArticleId()).isEqualTo("big");
                });
    }

    private RawArticle read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }
}
