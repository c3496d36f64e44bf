package newsflow.ingest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of ingest-service ({@code newsflow.ingest.*}).
 *
 * @param maxBodySize largest article body accepted, in UTF-8 bytes
 * @param publishers  who may push articles over HTTP, each with the one source its key is bound to
 */
@Validated
@ConfigurationProperties("newsflow.ingest")
public record IngestProperties(
        @NotNull @DefaultValue("2MB") DataSize maxBodySize,
        @Valid @NotNull @DefaultValue List<Publisher> publishers) {

    /**
     * A publisher of the HTTP endpoint. Its API key is stored only as a SHA-256 hash.
     *
     * @param source    the one source this publisher may publish as
     * @param keySha256 the SHA-256 of its API key, as 64 hex digits
     */
    public record Publisher(
            @NotBlank String source,
            @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be 64 hex digits") String keySha256) {
    }
}
