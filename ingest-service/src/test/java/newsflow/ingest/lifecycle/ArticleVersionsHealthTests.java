package newsflow.ingest.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

class ArticleVersionsHealthTests {

    @Test
    void isDownUntilTheVersionsAreLoaded() {
        var table = new VersionTable();
        var feed = new ArticleVersionsFeed(new DefaultKafkaConsumerFactory<>(Map.of()), table, Duration.ofSeconds(1));

        Health health = new ArticleVersionsHealth(feed, table).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("articles", 0);
    }
}
