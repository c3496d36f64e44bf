package newsflow.support.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the alert rules read of a service's health: one gauge per health component, and readiness. */
class HealthMetricsTests {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    MetricsAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class,
                    EndpointAutoConfiguration.class,
                    HealthContributorRegistryAutoConfiguration.class,
                    HealthEndpointAutoConfiguration.class,
                    ApplicationAvailabilityAutoConfiguration.class,
                    AvailabilityHealthContributorAutoConfiguration.class,
                    AvailabilityProbesAutoConfiguration.class,
                    PipelineMetricsAutoConfiguration.class))
            .withUserConfiguration(Store.class)
            .withPropertyValues("management.endpoint.health.probes.enabled=true");

    @Test
    void publishesOneWhileAHealthComponentIsUpAndZeroWhileItIsDown() {
        contexts.run(context -> {
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            AtomicBoolean writable = context.getBean(Store.class).writable;

            assertThat(health(meters, "articleStore")).isEqualTo(1);
            writable.set(false);
            assertThat(health(meters, "articleStore")).isEqualTo(0);
            writable.set(true);
            assertThat(health(meters, "articleStore")).isEqualTo(1);
        });
    }

    @Test
    void publishesReadinessAsOneWhenAcceptingTrafficAndZeroWhenRefusingIt() {
        contexts.run(context -> {
            MeterRegistry meters = context.getBean(MeterRegistry.class);

            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
            assertThat(meters.get("newsflow.ready").gauge().value()).isEqualTo(1);
            assertThat(health(meters, "readinessState")).isEqualTo(1);

            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
            assertThat(meters.get("newsflow.ready").gauge().value()).isEqualTo(0);
            assertThat(health(meters, "readinessState")).isEqualTo(0);
        });
    }

    @Test
    void publishesNoReadinessWhereTheServiceHasNoReadinessGroup() {
        contexts.withPropertyValues("management.endpoint.health.probes.enabled=false")
                .run(context -> {
                    MeterRegistry meters = context.getBean(MeterRegistry.class);

                    assertThat(meters.find("newsflow.ready").gauge()).isNull();
                    assertThat(health(meters, "articleStore")).isEqualTo(1);
                });
    }

    private static double health(MeterRegistry meters, String component) {
        return meters.get("newsflow.health").tag("component", component).gauge().value();
    }

    @Configuration(proxyBeanMethods = false)
    static class Store {

        final AtomicBoolean writable = new AtomicBoolean(true);

        @Bean
        HealthIndicator articleStoreHealthIndicator() {
            return () -> (writable.get() ? Health.up() : Health.down()).build();
        }
    }
}
