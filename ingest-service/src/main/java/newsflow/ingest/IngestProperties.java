package newsflow.ingest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of ingest-service ({@code newsflow.ingest.*}).
 *
 * @param maxBodySize         largest article body accepted, in UTF-8 bytes
 * @param publishers          who may push articles over HTTP, each with the one source its key is bound to
 * @param sources             the sources that may publish on {@code articles.raw}, besides the HTTP publishers';
 *                            empty (the default) lets any source publish. A raw article naming another source is
 *                            refused with {@code UNAUTHORIZED_SOURCE}
 * @param languages           the languages detected in articles whose publisher named none, as ISO 639-1 codes;
 *                            each costs about 1 MB of heap
 * @param versionsLoadTimeout how long ingest may take at start to read {@code articles.versions}; it does not
 *                            start when it cannot
 * @param versionsStateDir    where ingest keeps its local copy of {@code articles.versions} (a RocksDB store),
 *                            so that a restart reads only what it missed; unset, a new temporary directory at each
 *                            start, and each start reads the whole topic
 * @param rateLimit           how many requests each HTTP publisher may make
 */
@Validated
@ConfigurationProperties("newsflow.ingest")
public record IngestProperties(
        @NotNull @DefaultValue("2MB") DataSize maxBodySize,
        @Valid @NotNull @DefaultValue List<Publisher> publishers,
        @NotNull @DefaultValue List<@Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,63}") String> sources,

        @NotNull
        @Size(min = 2)
        @DefaultValue({"en", "da", "de", "fr", "es", "it", "nl", "sv", "nb", "pl", "pt", "ru", "uk", "ar", "zh", "ja"})
        List<@Pattern(regexp = "[a-z]{2}") String> languages,

        @NotNull @DefaultValue("2m") Duration versionsLoadTimeout,
        Path versionsStateDir,
        @Valid @NotNull @DefaultValue RateLimit rateLimit) {

    /**
     * The per-publisher limit of {@code POST /api/articles}: a token bucket of {@code burst} requests, refilled at
     * {@code requestsPerSecond}. A publisher over it is answered 429 with {@code Retry-After}.
     */
    public record RateLimit(
            @DefaultValue("50") @Positive double requestsPerSecond,
            @DefaultValue("100") @Min(1) int burst) {}

    /**
     * A publisher of the HTTP endpoint. Its API key is stored only as a SHA-256 hash.
     *
     * @param source    the one source this publisher may publish as
     * @param keySha256 the SHA-256 of its API key, as 64 hex digits
     */
    public record Publisher(
            @NotBlank String source,

            @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be 64 hex digits")
            String keySha256) {}
}
