package newsflow.index.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import newsflow.contract.EventJson;
import newsflow.index.IndexProperties;
import newsflow.index.TestArticles;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.search.ArticleQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** An index an earlier release created, on the real OpenSearch node of this JVM, opened by this release's store. */
@Tag("slow")
class OpenSearchIndexUpgradeIntegrationTests {

    private static final String INDEX = "earlier-release";
    private static final String MAPPING = "/newsflow/index/opensearch/article-mapping.json";

    @AfterEach
    void deleteIndex() {
        TestOpenSearch.deleteIndex(INDEX);
    }

    @Test
    void addsTheStoryFieldsToAnIndexCreatedBeforeStoriesAndStoresStoriesInIt() throws Exception {
        IndexProperties.OpenSearch settings = OpenSearchArticleStoreIntegrationTests.settings(INDEX);
        createWithTheMappingBeforeStories();

        try (OpenSearchArticleStore upgraded = OpenSearchArticleStore.connect(settings)) {
            upgraded.write(List.of(
                    ArticleChange.publish(TestArticles.article("demo-lead").build()),
                    ArticleChange.publish(TestArticles.article("demo-copy").build())
                            .withStory("demo-lead")));

            assertThat(upgraded.search(ArticleQuery.everything().withStory("demo-lead"))
                            .total())
                    .isEqualTo(2);
            assertThat(upgraded.countStories(ArticleQuery.everything())).isEqualTo(1);
        }
    }

    /** Creates the index as the release before stories did: with its mapping less the story fields. */
    private static void createWithTheMappingBeforeStories() throws Exception {
        ObjectNode mapping;
        try (InputStream json = OpenSearchIndex.class.getResourceAsStream(MAPPING)) {
            mapping = (ObjectNode) EventJson.mapper().readTree(json);
        }
        ((ObjectNode) mapping.get("properties"))
                .remove(List.of("storyId", "fingerprint", "fingerprintBand", "storySentence"));
        String body = "{\"mappings\": " + EventJson.mapper().writeValueAsString(mapping) + "}";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(TestOpenSearch.uri() + "/" + INDEX))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
