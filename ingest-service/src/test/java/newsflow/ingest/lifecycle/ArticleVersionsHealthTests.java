package newsflow.ingest.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class ArticleVersionsHealthTests {

    @Test
    void isDownUntilTheVersionsAreLoaded() {
        var store = new ArticleVersionsStore(Map.of(), null, Duration.ofSeconds(1));
        var table = new VersionTable(store);

        Health health = new ArticleVersionsHealth(store, table).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("articles", 0L).containsEntry("pending", 0);
    }
}
