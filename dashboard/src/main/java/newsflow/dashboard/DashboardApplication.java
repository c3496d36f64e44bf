package newsflow.dashboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The operators' dashboard: a web page over the whole pipeline, fed from the broker (offsets, lag, rejections,
 * dead letters, the latest enriched articles) and from index-service (top entities, end-to-end latency). It is an
 * application of its own rather than part of a service because it watches all of them, and because it holds the
 * operators' credential and the right to redrive dead letters into any pipeline topic, which no publisher-facing
 * service should. Settings in {@code application-dashboard.yml}; the {@value #PROFILE} profile is always on.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DashboardApplication {

    public static final String PROFILE = "dashboard";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The dashboard as a Spring application, for {@code main}, the local launcher and tests. */
    public static SpringApplication application() {
        var application = new SpringApplication(DashboardApplication.class);
        application.setAdditionalProfiles(PROFILE);
        application.setMainApplicationClass(DashboardApplication.class);
        return application;
    }
}
