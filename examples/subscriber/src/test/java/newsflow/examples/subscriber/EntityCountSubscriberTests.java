package newsflow.examples.subscriber;

import static newsflow.examples.subscriber.Articles.enriched;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.CloudEventHeaders;
import newsflow.contract.EventJson;
import newsflow.contract.Topics;
import newsflow.testsupport.KafkaIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example subscriber against a real broker, fed the records the pipeline writes to {@code articles.enriched}:
 * new articles, a re-tag, a new version, a retraction (a tombstone with its headers) and a record that is not an
 * article, which it skips and goes on.
 */
class EntityCountSubscriberTests extends KafkaIntegrationTest {

    @BeforeAll
    static void topicExists() {
        topics.createIfMissing(Topics.ENRICHED);
    }

    @Test
    void keepsTheCountsOfTheNewestVersionAndTaggingOfEachArticleThatIsNotRetracted() throws Exception {
        send(enriched("demo-a", 1, 0, "country:DK", "person:lars-lokke-rasmussen"));
        send(enriched("demo-b", 1, 0, "country:DK"));
        send(enriched("demo-a", 1, 30, "country:DK", "person:lars-lokke-rasmussen", "location:geneva-ch"));
        send(enriched("demo-b", 2, 0, "country:SE"));
        var retraction = new ArticleRetracted("demo-a", 2, "demo", "retracted by publisher");
        topics.send(
                Topics.ENRICHED,
                "demo-a",
                null,
                CloudEventHeaders.retracted(retraction, CloudEventHeaders.ENRICH_SERVICE, java.time.Instant.now()));
        topics.send(Topics.ENRICHED, "demo-c", "not an article");
        send(enriched("demo-d", 1, 0, "country:DK"));
        List<String> problems = new CopyOnWriteArrayList<>();
        var subscriber = new EntityCountSubscriber(bootstrapServers(), problems::add);
        Thread reader = new Thread(subscriber, "entity-counts-test");

        reader.start();
        try {
            await("all seven records read")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> subscriber.applied() + subscriber.skipped() == 7);

            assertThat(subscriber.count("country:DK")).isEqualTo(1);
            assertThat(subscriber.count("country:SE")).isEqualTo(1);
            assertThat(subscriber.count("person:lars-lokke-rasmussen")).isZero();
            assertThat(subscriber.count("location:geneva-ch")).isZero();
            assertThat(subscriber.top(10)).containsOnlyKeys("country:DK", "country:SE");
            assertThat(problems).singleElement().asString().startsWith("skipped articles.enriched-");
        } finally {
            subscriber.stop();
            reader.join(Duration.ofSeconds(30).toMillis());
        }
        assertThat(reader.isAlive()).isFalse();
    }

    private static void send(ArticleEnriched article) {
        topics.send(
                Topics.ENRICHED,
                article.articleId(),
                EventJson.mapper().writeValueAsBytes(article),
                CloudEventHeaders.enriched(article));
    }
}
