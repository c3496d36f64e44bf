package newsflow.index.store.opensearch;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.index.IndexProperties;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.ArticleStoreContractTests;
import org.junit.jupiter.api.Tag;

/**
 * The store contract on the real OpenSearch node of this JVM ({@link TestOpenSearch}), each test on an index of its
 * own, created by the store with its mapping.
 */
@Tag("slow")
class OpenSearchArticleStoreIntegrationTests extends ArticleStoreContractTests {

    private static final AtomicInteger INDEXES = new AtomicInteger();

    private IndexProperties.OpenSearch settings;
    private OpenSearchArticleStore openSearch;

    /** Settings for a store on the test node, on an index of its own. */
    static IndexProperties.OpenSearch settings(String index) {
        return new IndexProperties.OpenSearch(
                List.of(URI.create(TestOpenSearch.uri())),
                index,
                1,
                0,
                null,
                null,
                Duration.ofSeconds(2),
                Duration.ofSeconds(30));
    }

    @Override
    protected ArticleStore openStore() {
        settings = settings("contract-" + INDEXES.incrementAndGet());
        openSearch = OpenSearchArticleStore.connect(settings);
        return openSearch;
    }

    @Override
    protected ArticleStore reopenStore() {
        closeQuietly();
        openSearch = OpenSearchArticleStore.connect(settings);
        return openSearch;
    }

    @Override
    protected void closeStore() throws IOException {
        openSearch.close();
        TestOpenSearch.deleteIndex(settings.index());
    }

    private void closeQuietly() {
        try {
            openSearch.close();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
