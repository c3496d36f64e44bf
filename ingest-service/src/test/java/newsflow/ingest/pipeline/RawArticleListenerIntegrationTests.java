package newsflow.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import newsflow.contract.ArticleIds;
import newsflow.contract.ArticleIngested;
import newsflow.contract.ArticleRejected;
import newsflow.contract.EventJson;
import newsflow.contract.RawArticle;
import newsflow.contract.ReasonCode;
import newsflow.contract.RetractionHeaders;
import newsflow.contract.SampleArticles;
import newsflow.contract.Topics;
import newsflow.contract.ZoneName;
import newsflow.ingest.IngestIntegrationTest;
import newsflow.testsupport.KafkaIntegrationTest;
import newsflow.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@IngestIntegrationTest
class RawArticleListenerIntegrationTests extends KafkaIntegrationTest {

    @Test
    void publishesTheCleanSeedArticleKeyedByItsArticleIdAsACloudEvent() {
        String id = unique("seed");
        RawArticle raw = SampleArticles.seed("demo", id);

        topics.send(Topics.RAW, "demo:" + id, EventJson.mapper().writeValueAsBytes(raw));

        ConsumerRecord<String, byte[]> record = topics.awaitKey(Topics.INGESTED, ArticleIds.derive("demo", id));
        ArticleIngested ingested = ingested(record);
        assertThat(TopicProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("newsflow.article.ingested");
        assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/newsflow/ingest-service");
        assertThat(TopicProbe.header(record, "ce_id")).isEqualTo(ingested.articleId() + ":1");
        assertThat(TopicProbe.header(record, "ce_subject")).isEqualTo(ingested.articleId());
        assertThat(Instant.parse(TopicProbe.header(record, "ce_time"))).isEqualTo(ingested.ingestedAt());
        assertThat(TopicProbe.header(record, "content-type")).isEqualTo("application/json");
        assertThat(ingested.title())
                .isEqualTo("Danish foreign minister shares tweet of mass-walkout during Russian UN speech");
        assertThat(ingested.version()).isEqualTo(1);
        assertThat(ingested.zones())
                .extracting(zone -> zone.name())
                .containsExactly(
                        ZoneName.HEADLINE, ZoneName.STANDFIRST, ZoneName.BODY, ZoneName.CAPTION, ZoneName.BOILERPLATE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not json at all                                                              | MALFORMED_JSON
            ["an", "array"]                                                              | MALFORMED_JSON
            {"source":"demo","id":"x1"}                                                  | MISSING_FIELD
            {"source":"demo","id":"x2","body":"Text.","contentType":"application/pdf"}  | UNSUPPORTED_CONTENT_TYPE
            {"source":"demo","id":"x3","body":"Text.","publishedAt":"yesterday"}        | INVALID_FIELD
            {"source":"demo","id":"x4","body":"Text.","url":"ftp://example.com/a"}      | INVALID_FIELD
            {"source":"demo","id":"x5","body":"Subscribe to our newsletter"}            | EMPTY_AFTER_CLEANING
            """)
    void refusesBadRecordOnTheRejectedTopicWithItsReason(String value, ReasonCode reason) {
        String key = unique("bad");

        RecordMetadata sent = topics.send(Topics.RAW, key, value);

        ConsumerRecord<String, byte[]> record = topics.awaitKey(Topics.REJECTED, key);
        ArticleRejected rejected = rejected(record);
        assertThat(rejected.reason()).isEqualTo(reason);
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("newsflow.article.rejected");
        assertThat(TopicProbe.header(record, "ce_id"))
                .isEqualTo(Topics.RAW + "-" + sent.partition() + "-" + sent.offset());
        assertThat(rejected.message()).isNotBlank();
        assertThat(rejected.origin().topic()).isEqualTo(Topics.RAW);
        assertThat(rejected.origin().partition()).isEqualTo(sent.partition());
        assertThat(rejected.origin().offset()).isEqualTo(sent.offset());
    }

    @Test
    void judgesEachVersionOfAnArticleAfterTheOneBeforeItEvenWithinOnePoll() {
        String id = unique("versions");
        String key = "demo:" + id;
        List<ProducerRecord<byte[], byte[]>> records = Stream.of(
                        version(id, 1, "The first text of the article, as published."),
                        version(id, 1, "The first text of the article, as published."),
                        version(id, 2, "The second text of the article, corrected."),
                        version(id, 1, "Another text for the first version."))
                .map(raw -> new ProducerRecord<>(
                        Topics.RAW,
                        key.getBytes(StandardCharsets.UTF_8),
                        EventJson.mapper().writeValueAsBytes(raw)))
                .toList();

        topics.sendAll(records);

        assertThat(rejected(topics.awaitKey(Topics.REJECTED, key)).reason()).isEqualTo(ReasonCode.STALE_VERSION);
        String articleId = ArticleIds.derive("demo", id);
        await("both versions ingested")
                .atMost(Duration.ofSeconds(60))
                .until(() -> topics.readWithKey(Topics.INGESTED, articleId).size() >= 2);
        assertThat(topics.readWithKey(Topics.INGESTED, articleId))
                .extracting(record -> ingested(record).version())
                .containsExactly(1L, 2L);
    }

    private static RawArticle version(String id, long revision, String body) {
        return new RawArticle("demo", id, null, "Versions", body, null, null, null, revision, null);
    }

    @Test
    void refusesRecordThatIsNotUtf8() {
        String key = unique("latin1");
        byte[] latin1 = "{\"source\":\"demo\",\"id\":\"l1\",\"body\":\"Søren\"}".getBytes(StandardCharsets.ISO_8859_1);

        topics.send(Topics.RAW, key, latin1);

        assertThat(rejected(topics.awaitKey(Topics.REJECTED, key)).reason()).isEqualTo(ReasonCode.INVALID_ENCODING);
    }

    @Test
    void refusesBodyOverTheLimitAndNamesThePublisher() {
        String key = unique("big");
        String body = "A sentence of an article that is far too long. ".repeat(2000);
        var raw = new RawArticle("demo", "too-big", null, "Too big", body, null, null, null, null, null);

        topics.send(Topics.RAW, key, EventJson.mapper().writeValueAsBytes(raw));

        ArticleRejected rejected = rejected(topics.awaitKey(Topics.REJECTED, key));
        assertThat(rejected.reason()).isEqualTo(ReasonCode.BODY_TOO_LARGE);
        assertThat(rejected.source()).isEqualTo("demo");
        assertThat(rejected.sourceArticleId()).isEqualTo("too-big");
    }

    @Test
    void passesARetractionOnAsATombstoneWithItsHeaders() {
        String id = unique("retract");
        String json = "{\"source\":\"demo\",\"id\":\"" + id + "\",\"action\":\"RETRACT\",\"revision\":3}";

        topics.send(Topics.RAW, "demo:" + id, json);

        ConsumerRecord<String, byte[]> tombstone = topics.awaitKey(Topics.INGESTED, ArticleIds.derive("demo", id));
        assertThat(tombstone.value()).isNull();
        assertThat(TopicProbe.header(tombstone, RetractionHeaders.EVENT)).isEqualTo(RetractionHeaders.RETRACTED);
        assertThat(TopicProbe.header(tombstone, RetractionHeaders.VERSION)).isEqualTo("3");
        assertThat(TopicProbe.header(tombstone, "ce_type")).isEqualTo("newsflow.article.retracted");
        assertThat(TopicProbe.header(tombstone, "ce_id")).isEqualTo(tombstone.key() + ":3:retracted");
        assertThat(TopicProbe.header(tombstone, "content-type")).isNull();
    }

    @Test
    void deadLettersARecordWhoseKeyIsNotTextAndGoesOnWithTheNext() {
        byte[] unreadableKey = {(byte) 0xC3, (byte) 0x28};
        String marker = unique("poison");
        String poisonValue = "{\"source\":\"demo\",\"id\":\"" + marker + "\",\"body\":\"Text.\"}";
        String nextId = unique("after-poison");
        RawArticle next =
                new RawArticle("demo", nextId, null, "After", "The next article.", null, null, null, null, null);

        topics.sendBytes(Topics.RAW, unreadableKey, poisonValue.getBytes(StandardCharsets.UTF_8), Map.of());
        topics.send(Topics.RAW, "demo:" + nextId, EventJson.mapper().writeValueAsBytes(next));

        ConsumerRecord<String, byte[]> dead = topics.awaitRecord(
                Topics.deadLetterOf(Topics.RAW), record -> poisonValue.equals(TopicProbe.text(record)));
        assertThat(TopicProbe.header(dead, "kafka_dlt-key-exception-fqcn")).contains("DeserializationException");
        assertThat(TopicProbe.header(dead, "kafka_dlt-key-exception-stacktrace"))
                .contains("not valid UTF-8");
        assertThat(dead.key()).isNotNull();
        assertThat(ingested(topics.awaitKey(Topics.INGESTED, ArticleIds.derive("demo", nextId)))
                        .title())
                .isEqualTo("After");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private static ArticleIngested ingested(ConsumerRecord<String, byte[]> record) {
        return EventJson.mapper().readValue(record.value(), ArticleIngested.class);
    }

    private static ArticleRejected rejected(ConsumerRecord<String, byte[]> record) {
        return EventJson.mapper().readValue(record.value(), ArticleRejected.class);
    }
}
