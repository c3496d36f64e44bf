package newsflow.support;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every newsflow service starts from, below anything a service or its operator configures: Kafka sends
 * and listeners are observed, so one article's trace id travels in the record headers from the HTTP request through
 * ingest, enrich and index and appears in each service's log lines for it; every trace is kept (nothing is exported
 * unless an exporter is configured, so this costs little). The OpenAPI description and Swagger UI are off unless a
 * service documents its API and turns them on. {@code /actuator/prometheus} puts trace-id exemplars only where
 * OpenMetrics 1.0 allows them (counters and histogram buckets), not on timers' {@code _count} as Micrometer does by
 * default: a Prometheus older than 2.43 (Debian 12's is 2.42) drops the whole scrape of a service that does that.
 *
 * <p>Consumer groups share partitions out with the cooperative-sticky assignor: when an instance joins or leaves,
 * only the partitions that move stop, and the others' listeners go on (Kafka's default, the range assignor, stops
 * the whole group at each rebalance). Producers are idempotent, said here rather than left to Kafka's default (which
 * is the same only while {@code acks=all} and retries are kept): a send retried after a broker failover is written
 * once.
 */
public class PipelineDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "newsflowDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        SOURCE,
                        Map.of(
                                "spring.kafka.listener.observation-enabled",
                                "true",
                                "spring.kafka.template.observation-enabled",
                                "true",
                                "management.tracing.sampling.probability",
                                "1.0",
                                "springdoc.api-docs.enabled",
                                "false",
                                "springdoc.swagger-ui.enabled",
                                "false",
                                "management.prometheus.metrics.export.properties.io.prometheus.exporter.exemplarsOnAllMetricTypes",
                                "false",
                                "spring.kafka.consumer.properties.partition.assignment.strategy",
                                "org.apache.kafka.clients.consumer.CooperativeStickyAssignor",
                                "spring.kafka.producer.properties.enable.idempotence",
                                "true")));
    }
}
