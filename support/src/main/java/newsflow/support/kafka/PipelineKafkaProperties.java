package newsflow.support.kafka;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How every newsflow service shapes its topics and retries failed records ({@code newsflow.kafka.*}).
 *
 * @param topics      the shape of the pipeline and dead-letter topics the service declares
 * @param retry       how often and how fast a failed record is retried before it goes to the dead-letter topic
 * @param sendTimeout how long a service waits for the broker to acknowledge a record it sends
 */
@Validated
@ConfigurationProperties("newsflow.kafka")
public record PipelineKafkaProperties(
        @Valid @NotNull @DefaultValue Topics topics,
        @Valid @NotNull @DefaultValue Retry retry,
        @NotNull @DefaultValue("30s") Duration sendTimeout) {

    /**
     * The profile that connects to a secured cluster as the service's own SCRAM user, with the settings in
     * {@code application-kafka-sasl.yml}.
     */
    public static final String SASL_PROFILE = "kafka-sasl";

    /**
     * @param partitions        partitions of each topic; the unit of parallelism of every consumer group. 12 share
     *                          out evenly over 1, 2, 3, 4, 6 or 12 consumers (instances times listener threads)
     * @param replicationFactor copies of each partition; 1 on a single local broker, 3 in production
     * @param minInsyncReplicas replicas that must have a write before it is acknowledged
     * @param maxMessageBytes   largest record a topic takes; room for a 2 MB body, its zones and its entities
     */
    public record Topics(
            @DefaultValue("12") @Min(1) int partitions,
            @DefaultValue("1") @Min(1) @Max(Short.MAX_VALUE) int replicationFactor,
            @DefaultValue("1") @Min(1) int minInsyncReplicas,
            @DefaultValue("8388608") @Min(1_048_576) int maxMessageBytes) {}

    /**
     * @param maxRetries      retries after the first failure; then the record goes to the dead-letter topic
     * @param initialInterval wait before the first retry
     * @param multiplier      growth of the wait from one retry to the next
     * @param maxInterval     longest wait between two retries
     */
    public record Retry(
            @DefaultValue("4") @Min(0) int maxRetries,
            @DefaultValue("500ms") @NotNull Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("10s") @NotNull Duration maxInterval) {}
}
