package newsflow.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.security.JaasContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/** What the {@value PipelineKafkaProperties#SASL_PROFILE} profile makes of a service's Kafka clients. */
class KafkaSaslProfileTests {

    @Test
    void connectsEveryClientOverTlsWithScramSha512AsTheUserInTheEnvironment() throws IOException {
        KafkaProperties kafka = bind(
                profile(Map.of("NEWSFLOW_KAFKA_USERNAME", "newsflow-index", "NEWSFLOW_KAFKA_PASSWORD", "0123abcd")));

        for (Map<String, Object> client : List.of(
                kafka.buildProducerProperties(), kafka.buildConsumerProperties(), kafka.buildAdminProperties())) {
            assertThat(client)
                    .containsEntry("security.protocol", "SASL_SSL")
                    .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
            assertThat(loginOptions(client))
                    .containsEntry("username", "newsflow-index")
                    .containsEntry("password", "0123abcd");
        }
    }

    @Test
    void passesAPasswordWithQuotesAndBackslashesToKafkaAsItIs() throws IOException {
        String password = "a\"b\\c;d e";

        KafkaProperties kafka =
                bind(profile(Map.of("NEWSFLOW_KAFKA_USERNAME", "newsflow-index", "NEWSFLOW_KAFKA_PASSWORD", password)));

        assertThat(loginOptions(kafka.buildProducerProperties())).containsEntry("password", password);
    }

    @Test
    void leavesTopicCreationToTheOperators() throws IOException {
        KafkaProperties kafka = bind(profile(Map.of("NEWSFLOW_KAFKA_USERNAME", "u", "NEWSFLOW_KAFKA_PASSWORD", "p")));

        assertThat(kafka.getAdmin().isAutoCreate()).isFalse();
    }

    @Test
    void refusesToStartWithoutAPasswordAndSaysWhichSettingsAreMissing() {
        assertThatThrownBy(() -> profile(Map.of("NEWSFLOW_KAFKA_USERNAME", "newsflow-index")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NEWSFLOW_KAFKA_USERNAME and NEWSFLOW_KAFKA_PASSWORD");
    }

    @Test
    void addsNoCredentialsWhenTheProfileIsOff() {
        var environment = new StandardEnvironment();

        new KafkaSaslCredentials().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.containsProperty(KafkaSaslCredentials.JAAS_CONFIG))
                .isFalse();
    }

    /** An environment as Spring Boot prepares it with the profile on: the profile's file, then the credentials. */
    private static StandardEnvironment profile(Map<String, Object> variables) throws IOException {
        var environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("variables", variables));
        new YamlPropertySourceLoader()
                .load(
                        PipelineKafkaProperties.SASL_PROFILE,
                        new ClassPathResource("application-" + PipelineKafkaProperties.SASL_PROFILE + ".yml"))
                .forEach(environment.getPropertySources()::addLast);
        environment.setActiveProfiles(PipelineKafkaProperties.SASL_PROFILE);
        new KafkaSaslCredentials().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    private static KafkaProperties bind(StandardEnvironment environment) {
        return Binder.get(environment)
                .bind("spring.kafka", KafkaProperties.class)
                .get();
    }

    /** The options Kafka's own JAAS parser reads from the client's settings. */
    private static Map<String, Object> loginOptions(Map<String, Object> client) {
        var jaas = new Password((String) client.get("sasl.jaas.config"));
        return Map.copyOf(JaasContext.loadClientContext(Map.of("sasl.jaas.config", jaas))
                .configurationEntries()
                .get(0)
                .getOptions());
    }
}
