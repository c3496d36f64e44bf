package newsflow.support.kafka;

import java.util.Map;
import org.apache.kafka.common.security.scram.ScramLoginModule;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;

/**
 * Under the {@value PipelineKafkaProperties#SASL_PROFILE} profile, logs every Kafka client of the service in as the
 * service's own SCRAM user: it writes {@code spring.kafka.properties.sasl.jaas.config} from
 * {@code NEWSFLOW_KAFKA_USERNAME} and {@code NEWSFLOW_KAFKA_PASSWORD} (or {@code newsflow.kafka.username} and
 * {@code .password}), quoted so that a quote or backslash in a password cannot end the value early, and stops the
 * start when either is missing rather than let the service connect with no credentials. Neither value is logged;
 * Kafka prints the setting as {@code [hidden]}.
 */
public class KafkaSaslCredentials implements EnvironmentPostProcessor {

    static final String USERNAME = "newsflow.kafka.username";
    static final String PASSWORD = "newsflow.kafka.password";
    static final String JAAS_CONFIG = "spring.kafka.properties.sasl.jaas.config";
    static final String SOURCE = "newsflowKafkaSaslCredentials";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PipelineKafkaProperties.SASL_PROFILE))) {
            return;
        }
        String username = raw(environment, USERNAME);
        String password = raw(environment, PASSWORD);
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalStateException("The " + PipelineKafkaProperties.SASL_PROFILE + " profile logs in to "
                    + "Kafka as a user of its own: set NEWSFLOW_KAFKA_USERNAME and NEWSFLOW_KAFKA_PASSWORD");
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(SOURCE, Map.of(JAAS_CONFIG, jaasConfig(username, password))));
    }

    /** The JAAS line Kafka's clients log in with; its values quoted as Kafka's JAAS parser reads them. */
    static String jaasConfig(String username, String password) {
        return ScramLoginModule.class.getName() + " required username=" + quoted(username) + " password="
                + quoted(password) + ";";
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The value as set, with no placeholder resolution, so a password is taken exactly as given. */
    private static String raw(ConfigurableEnvironment environment, String name) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            Object value = source.getProperty(name);
            if (value != null) {
                return value.toString();
            }
        }
        return null;
    }
}
