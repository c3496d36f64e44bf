package newsflow.dashboard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the dashboard ({@code newsflow.dashboard.*}).
 *
 * @param indexUrl       base URL of index-service, for top entities and end-to-end latency
 * @param sampleInterval how often offsets and lag are read from the broker
 * @param rateWindow     the window rates are averaged over
 * @param feedSize       how many recent records of each watched topic partition are kept
 * @param operators      who may redrive dead letters, each with the SHA-256 of their token
 */
@Validated
@ConfigurationProperties("newsflow.dashboard")
public record DashboardProperties(
        @NotBlank @DefaultValue("http://localhost:8083") String indexUrl,
        @NotNull @DefaultValue("2s") Duration sampleInterval,
        @NotNull @DefaultValue("30s") Duration rateWindow,
        @Min(10) @DefaultValue("500") int feedSize,
        @Valid @NotNull @DefaultValue List<Operator> operators) {

    /**
     * An operator of the dashboard. The token is stored only as a SHA-256 hash.
     *
     * @param name      who it is, for the audit log
     * @param tokenSha256 the SHA-256 of the operator's token, as 64 hex digits
     */
    public record Operator(
            @NotBlank String name,

            @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be 64 hex digits")
            String tokenSha256) {}
}
