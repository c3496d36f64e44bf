package newsflow.enrich;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * enrich-service: tags the entities of {@code articles.ingested} and publishes {@code articles.enriched}.
 * Its settings are in {@code application-enrich.yml}; the {@value #PROFILE} profile is always on.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrichApplication {

    public static final String PROFILE = "enrich";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The service as a Spring application, for {@code main}, the local launcher and tests. */
    public static SpringApplication application() {
        var application = new SpringApplication(EnrichApplication.class);
        application.setAdditionalProfiles(PROFILE);
        application.setMainApplicationClass(EnrichApplication.class);
        return application;
    }
}
