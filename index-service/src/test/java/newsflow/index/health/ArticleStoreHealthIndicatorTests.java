package newsflow.index.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import newsflow.index.TestArticles;
import newsflow.index.store.lucene.LuceneArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class ArticleStoreHealthIndicatorTests {

    @TempDir
    Path folder;

    @Test
    void isUpWithTheArticleCountWhileTheStoreIsOpen() throws IOException {
        try (var store = LuceneArticleStore.open(folder)) {
            store.upsert(TestArticles.article("demo-1").build());

            Health health = new ArticleStoreHealthIndicator(store).health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("articles", 1L).containsKey("path");
        }
    }

    @Test
    void isDownOnceTheStoreIsClosed() throws IOException {
        var store = LuceneArticleStore.open(folder);
        store.close();

        assertThat(new ArticleStoreHealthIndicator(store).health().getStatus()).isEqualTo(Status.DOWN);
    }
}
