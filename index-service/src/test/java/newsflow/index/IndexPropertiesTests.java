package newsflow.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import newsflow.support.stories.StoryRules;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class IndexPropertiesTests {

    @Test
    void keepsTheIndexInDataIndexByDefault() {
        assertThat(bind(Map.of()).lucene().path()).isEqualTo(Path.of("data", "index"));
    }

    @Test
    void takesAnAbsoluteOrRelativeIndexFolder() {
        assertThat(bind(Map.of("newsflow.index.lucene.path", "/var/lib/newsflow/index"))
                        .lucene()
                        .path())
                .isEqualTo(Path.of("/var/lib/newsflow/index"));
        assertThat(bind(Map.of("newsflow.index.lucene.path", "index")).lucene().path())
                .isEqualTo(Path.of("index"));
    }

    @Test
    void usesTheEmbeddedLuceneStoreUnlessOpenSearchIsChosen() {
        assertThat(bind(Map.of()).store()).isEqualTo(IndexProperties.Store.LUCENE);

        IndexProperties chosen = bind(Map.of(
                "newsflow.index.store",
                "opensearch",
                "newsflow.index.opensearch.uris",
                "https://search-1:9200,https://search-2:9200",
                "newsflow.index.opensearch.username",
                "newsflow"));

        assertThat(chosen.store()).isEqualTo(IndexProperties.Store.OPENSEARCH);
        assertThat(chosen.opensearch().uris())
                .containsExactly(URI.create("https://search-1:9200"), URI.create("https://search-2:9200"));
        assertThat(chosen.opensearch().index()).isEqualTo("newsflow-articles");
        assertThat(chosen.opensearch().username()).isEqualTo("newsflow");
        assertThat(chosen.retry().maxInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void groupsCopiesPublishedUpToThreeDaysApartIntoStoriesUnlessToldOtherwise() {
        IndexProperties.Stories defaults = bind(Map.of()).stories();
        assertThat(defaults.window()).isEqualTo(Duration.ofHours(72));
        assertThat(defaults.rules()).isEqualTo(StoryRules.DEFAULTS);

        assertThat(bind(Map.of("newsflow.index.stories.window", "24h"))
                        .stories()
                        .window())
                .isEqualTo(Duration.ofHours(24));
    }

    private static IndexProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("newsflow.index", IndexProperties.class);
    }
}
