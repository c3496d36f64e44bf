package newsflow.index;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of index-service ({@code newsflow.index.*}).
 *
 * @param lucene the embedded Lucene store
 */
@Validated
@ConfigurationProperties("newsflow.index")
public record IndexProperties(@Valid @NotNull @DefaultValue Lucene lucene) {

    /**
     * @param path the folder the index lives in; created when missing, and kept across restarts
     */
    public record Lucene(@NotNull @DefaultValue("./data/index") Path path) {
    }
}
