package newsflow.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * ingest-service: validates and cleans raw articles from {@code articles.raw} and {@code POST /api/articles}.
 * Its settings are in {@code application-ingest.yml}; the {@value #PROFILE} profile is always on.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

    public static final String PROFILE = "ingest";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The service as a Spring application, for {@code main}, the local launcher and tests. */
    public static SpringApplication application() {
        var application = new SpringApplication(IngestApplication.class);
        application.setAdditionalProfiles(PROFILE);
        application.setMainApplicationClass(IngestApplication.class);
        return application;
    }
}
