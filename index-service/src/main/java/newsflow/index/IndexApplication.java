package newsflow.index;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * index-service: writes {@code articles.enriched} to the article store and serves the query API.
 * Its settings are in {@code application-index.yml}; the {@value #PROFILE} profile is always on.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IndexApplication {

    public static final String PROFILE = "index";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The service as a Spring application, for {@code main}, the local launcher and tests. */
    public static SpringApplication application() {
        var application = new SpringApplication(IndexApplication.class);
        application.setAdditionalProfiles(PROFILE);
        application.setMainApplicationClass(IndexApplication.class);
        return application;
    }
}
