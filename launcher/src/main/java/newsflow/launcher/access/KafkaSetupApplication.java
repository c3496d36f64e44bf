package newsflow.launcher.access;

import newsflow.support.kafka.PipelineKafkaProperties;
import newsflow.support.kafka.PipelineTopics;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

/**
 * kafka-setup: makes a secured Kafka cluster ready for newsflow, as its administrator, then exits. Run it before the
 * services start, and again whenever a topic or an account changes:
 *
 * <pre>
 * java -jar newsflow.jar kafka-setup
 * </pre>
 *
 * <p>It connects as the services do, with the {@code kafka-sasl} profile (always on here) and Spring Boot's
 * {@code spring.kafka.*} settings, but as a super user ({@code NEWSFLOW_KAFKA_USERNAME=admin} and its password). It
 * sets the SCRAM credential of every account given a password ({@code NEWSFLOW_SETUP_PASSWORDS_INGEST}, ...),
 * creates the topics that are missing with the shape the services would give them ({@code NEWSFLOW_KAFKA_TOPICS_*},
 * {@link PipelineTopics}), and grants the ACLs of the {@link AccessPolicy}. It revokes nothing.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({KafkaProperties.class, PipelineKafkaProperties.class, KafkaSetupProperties.class})
public class KafkaSetupApplication {

    public static void main(String[] args) {
        application().run(args).close();
    }

    /** kafka-setup as a Spring application with no web server, for {@code main} and tests. */
    public static SpringApplication application() {
        var application = new SpringApplication(KafkaSetupApplication.class);
        application.setAdditionalProfiles(PipelineKafkaProperties.SASL_PROFILE);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setMainApplicationClass(KafkaSetupApplication.class);
        return application;
    }

    @Bean
    ApplicationRunner kafkaSetup(KafkaProperties kafka, PipelineKafkaProperties pipeline, KafkaSetupProperties setup) {
        return arguments -> {
            try (Admin admin = Admin.create(kafka.buildAdminProperties())) {
                var steps = new KafkaSetup(admin, setup.timeout());
                steps.setCredentials(setup.passwordsByAccount());
                steps.createMissingTopics(PipelineTopics.all(pipeline.topics()));
                steps.grant(AccessPolicy.bindings());
            }
        };
    }
}
