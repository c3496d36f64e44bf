package newsflow.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
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
        assertThat(bind(Map.of("newsflow.index.lucene.path", "/var/lib/newsflow/index")).lucene().path())
                .isEqualTo(Path.of("/var/lib/newsflow/index"));
        assertThat(bind(Map.of("newsflow.index.lucene.path", "index")).lucene().path())
                .isEqualTo(Path.of("index"));
    }

    private static IndexProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("newsflow.index", IndexProperties.class);
    }
}
