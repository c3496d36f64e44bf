package newsflow.index.pipeline;

import static newsflow.index.TestArticles.article;
import static newsflow.index.TestArticles.retraction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.EventJson;
import newsflow.contract.RetractionHeaders;
import newsflow.contract.Topics;
import newsflow.index.IndexApplication;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.search.ArticleHit;
import newsflow.index.store.search.ArticleQuery;
import newsflow.support.kafka.InvalidEventException;
import newsflow.testsupport.KafkaIntegrationTest;
import newsflow.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.converter.ConversionException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** index-service as it runs, against a real broker and a real Lucene index in a folder of its own. */
@SpringBootTest(
        classes = IndexApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"newsflow.kafka.retry.max-retries=1", "newsflow.kafka.retry.initial-interval=100ms"})
@ActiveProfiles(IndexApplication.PROFILE)
class EnrichedArticleListenerIntegrationTests extends KafkaIntegrationTest {

    private static final Path INDEX = Path.of("target", "test-indexes", "listener-" + UUID.randomUUID());
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String DEAD_LETTERS = Topics.deadLetterOf(Topics.ENRICHED);

    /** More records than a poll takes, small enough that the fetch size lets polls fill. */
    private static final int BACKLOG = 2500;

    private final ArticleStore store;
    private final MeterRegistry meters;
    private final KafkaListenerEndpointRegistry listeners;

    EnrichedArticleListenerIntegrationTests(
            @Autowired ArticleStore store,
            @Autowired MeterRegistry meters,
            @Autowired KafkaListenerEndpointRegistry listeners) {
        this.store = store;
        this.meters = meters;
        this.listeners = listeners;
    }

    @DynamicPropertySource
    static void indexFolder(DynamicPropertyRegistry registry) {
        registry.add("newsflow.index.lucene.path", INDEX::toString);
    }

    @Test
    void indexesAnEnrichedArticle() {
        ArticleEnriched article = article(uniqueId()).build();

        send(article);

        assertThat(awaitStored(article.articleId())).isEqualTo(article);
    }

    @Test
    void indexesACopyOfAStoryFromAnotherSiteInTheStoryOfTheFirst() {
        String fingerprint = String.format("%016x", UUID.randomUUID().getMostSignificantBits());
        String edited = String.format("%016x", Long.parseUnsignedLong(fingerprint, 16) ^ 0b101L);
        String body = "Negotiators in the talks known as round " + fingerprint
                + " agreed on a text late on Sunday after two weeks of meetings.";
        ArticleEnriched first =
                article(uniqueId()).fingerprint(fingerprint).body(body).build();
        ArticleEnriched copy = article(uniqueId())
                .source("other-site")
                .fingerprint(edited)
                .body(body)
                .build();

        send(first);
        awaitStored(first.articleId());
        send(copy);
        awaitStored(copy.articleId());

        assertThat(store.search(ArticleQuery.everything().withStory(first.articleId()))
                        .hits())
                .extracting(ArticleHit::articleId)
                .containsExactlyInAnyOrder(first.articleId(), copy.articleId());
    }

    @Test
    void removesTheArticleOfARetractionTombstone() {
        ArticleEnriched article = article(uniqueId()).version(3).build();
        send(article);
        awaitStored(article.articleId());

        topics.send(
                Topics.ENRICHED,
                article.articleId(),
                null,
                RetractionHeaders.toHeaders(retraction(article.articleId(), 3)));

        await("retraction of " + article.articleId())
                .atMost(WAIT)
                .until(() -> store.find(article.articleId()), Optional::isEmpty);
    }

    @Test
    void keepsTheNewestVersionOfAnArticleWhateverCameBeforeIt() {
        String articleId = uniqueId();
        ArticleEnriched last =
                article(articleId).version(3).title("Third version").build();

        send(article(articleId).version(1).build());
        send(article(articleId).version(2).build());
        topics.send(Topics.ENRICHED, articleId, null, RetractionHeaders.toHeaders(retraction(articleId, 2)));
        send(article(articleId).version(2).build());
        send(last);

        assertThat(await("version 3 of " + articleId)
                        .atMost(WAIT)
                        .until(
                                () -> store.find(articleId),
                                stored -> stored.filter(last::equals).isPresent()))
                .contains(last);
    }

    @Test
    void sendsARecordThatIsNotJsonToTheDeadLetterTopicAndIndexesTheNextArticle() {
        ArticleEnriched next = article(uniqueId()).build();

        topics.send(Topics.ENRICHED, next.articleId(), "not json{");
        send(next);

        ConsumerRecord<String, byte[]> dead = topics.awaitKey(DEAD_LETTERS, next.articleId());
        assertThat(TopicProbe.text(dead)).isEqualTo("not json{");
        assertThat(TopicProbe.header(dead, KafkaHeaders.DLT_EXCEPTION_FQCN))
                .isEqualTo(ListenerExecutionFailedException.class.getName());
        assertThat(TopicProbe.header(dead, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN))
                .isEqualTo(ConversionException.class.getName());
        assertThat(awaitStored(next.articleId())).isEqualTo(next);
    }

    @Test
    void sendsATombstoneWithoutRetractionHeadersToTheDeadLetterTopicAndCountsIt() {
        String articleId = uniqueId();
        double before = invalidEventDeadLetters();

        topics.send(Topics.ENRICHED, articleId, null, Map.of());

        ConsumerRecord<String, byte[]> dead = topics.awaitKey(DEAD_LETTERS, articleId);
        assertThat(dead.value()).isNull();
        assertThat(TopicProbe.header(dead, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN))
                .isEqualTo(InvalidEventException.class.getName());
        await("dead letter counted").atMost(WAIT).until(() -> invalidEventDeadLetters() > before);
    }

    @Test
    void writesABacklogInBatchesAsLargeAsAPollAllows() {
        MessageListenerContainer listener = listeners.getListenerContainer("index-enriched-articles");
        listener.stop();
        String run = uniqueId();
        List<ProducerRecord<byte[], byte[]>> backlog = new ArrayList<>();
        for (int n = 0; n < BACKLOG; n++) {
            ArticleEnriched article = article(run + "-" + n).build();
            backlog.add(new ProducerRecord<>(
                    Topics.ENRICHED,
                    article.articleId().getBytes(StandardCharsets.UTF_8),
                    EventJson.mapper().writeValueAsBytes(article)));
        }
        try {
            topics.sendAll(backlog);
        } finally {
            // a failed send must not leave the listener stopped for the tests after this one
            listener.start();
        }

        awaitStored(run + "-" + (BACKLOG - 1));
        await("the whole backlog in the store")
                .atMost(WAIT)
                .until(() -> IntStream.range(0, BACKLOG)
                        .allMatch(n -> store.find(run + "-" + n).isPresent()));
        assertThat(meters.get("newsflow.index.batch.records").summary().max())
                .as("the largest batch, against the 500 records a poll held before")
                .isGreaterThan(500)
                .isLessThanOrEqualTo(2000);
    }

    private double invalidEventDeadLetters() {
        Counter counter = meters.find("newsflow.dead.letters")
                .tag("topic", Topics.ENRICHED)
                .tag("exception", InvalidEventException.class.getSimpleName())
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static void send(ArticleEnriched article) {
        topics.send(Topics.ENRICHED, article.articleId(), EventJson.mapper().writeValueAsBytes(article));
    }

    private ArticleEnriched awaitStored(String articleId) {
        return await("article " + articleId + " in the store")
                .atMost(WAIT)
                .until(() -> store.find(articleId), Optional::isPresent)
                .orElseThrow();
    }

    private static String uniqueId() {
        return "it-" + UUID.randomUUID();
    }
}
