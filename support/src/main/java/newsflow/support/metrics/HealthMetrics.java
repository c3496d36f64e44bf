package newsflow.support.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.Status;

/**
 * A service's health as metrics, so that Prometheus can alert on it: {@code newsflow.health{component}} is 1 while
 * that component of {@code /actuator/health} (index-service's {@code articleStore}, {@code diskSpace},
 * {@code readinessState}, ...) is UP and 0 otherwise, and {@code newsflow.ready} is 1 while the readiness group
 * ({@code /actuator/health/readiness}, where a service has one) is UP and 0 otherwise. Each is asked of the health
 * endpoint when it is read, at every scrape.
 */
final class HealthMetrics implements MeterBinder {

    static final String READINESS_GROUP = "readiness";

    private final HealthEndpoint endpoint;
    private final HealthContributors contributors;
    private final HealthEndpointGroups groups;

    HealthMetrics(HealthEndpoint endpoint, HealthContributors contributors, HealthEndpointGroups groups) {
        this.endpoint = endpoint;
        this.contributors = contributors;
        this.groups = groups;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        contributors.stream()
                .map(HealthContributors.Entry::name)
                .forEach(component -> Gauge.builder("newsflow.health", () -> up(component))
                        .description("1 while this component of the service's health is UP, 0 otherwise")
                        .tag("component", component)
                        .register(registry));
        if (groups.get(READINESS_GROUP) != null) {
            Gauge.builder("newsflow.ready", () -> up(READINESS_GROUP))
                    .description("1 while the service's readiness (/actuator/health/readiness) is UP, 0 otherwise")
                    .register(registry);
        }
    }

    /** 1 when the health at this path is UP, 0 when it is anything else, NaN when the endpoint does not show it. */
    private double up(String path) {
        HealthDescriptor health = endpoint.healthForPath(path);
        if (health == null) {
            return Double.NaN;
        }
        return Status.UP.equals(health.getStatus()) ? 1 : 0;
    }
}
