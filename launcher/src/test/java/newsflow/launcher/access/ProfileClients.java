package newsflow.launcher.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import newsflow.support.kafka.KafkaSaslCredentials;
import newsflow.support.kafka.PipelineKafkaProperties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Kafka clients set up exactly as a service's are under the {@code kafka-sasl} profile (its file and its
 * credentials post-processor), on the plain SASL listener of the test broker or its TLS one, logged in as any user.
 */
final class ProfileClients {

    private final String bootstrapServers;
    private final Map<String, String> settings;

    /** On the plain SASL listener: {@code spring.kafka.security.protocol=SASL_PLAINTEXT}, as the tests' services. */
    ProfileClients(String bootstrapServers) {
        this(bootstrapServers, Map.of("spring.kafka.security.protocol", "SASL_PLAINTEXT"));
    }

    /** With these Spring Boot settings over the profile's (none: the profile's own SASL_SSL). */
    ProfileClients(String bootstrapServers, Map<String, String> settings) {
        this.bootstrapServers = bootstrapServers;
        this.settings = Map.copyOf(settings);
    }

    KafkaProducer<String, String> producer(String user, String password) {
        Map<String, Object> settings = new HashMap<>(profile(user, password).buildProducerProperties());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    /** A consumer in {@code group}, or with no group when it is null, reading from the start. */
    KafkaConsumer<String, String> consumer(String user, String password, String group) {
        Map<String, Object> settings = new HashMap<>(profile(user, password).buildConsumerProperties());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        if (group != null) {
            settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    }

    Admin admin(String user, String password) {
        return Admin.create(profile(user, password).buildAdminProperties());
    }

    private KafkaProperties profile(String user, String password) {
        var environment = new StandardEnvironment();
        Map<String, Object> values = new HashMap<>(settings);
        values.put("spring.kafka.bootstrap-servers", bootstrapServers);
        values.put("newsflow.kafka.username", user);
        values.put("newsflow.kafka.password", password);
        environment.getPropertySources().addFirst(new MapPropertySource("test", values));
        String file = "application-" + PipelineKafkaProperties.SASL_PROFILE + ".yml";
        try {
            new YamlPropertySourceLoader()
                    .load(file, new ClassPathResource(file))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        environment.setActiveProfiles(PipelineKafkaProperties.SASL_PROFILE);
        new KafkaSaslCredentials().postProcessEnvironment(environment, new SpringApplication());
        return Binder.get(environment)
                .bind("spring.kafka", KafkaProperties.class)
                .get();
    }
}
