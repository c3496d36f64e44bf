package newsflow.support.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import newsflow.contract.EventJson;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * The Kafka conventions every newsflow service follows, so that no service writes them again:
 * <ul>
 * <li>values travel as JSON written with the contract's mapper and no type headers; a listener's parameter type
 * decides what a value is read as; keys are UTF-8 text;</li>
 * <li>one {@link DefaultErrorHandler} retries a failed record with exponential back-off, then publishes it with the
 * exception in its headers to the dead-letter topic of the topic it came from; records that cannot be read or are
 * invalid are never retried;</li>
 * <li>every service declares every pipeline topic and dead-letter topic with the same shape ({@link PipelineTopics}),
 * whichever starts first; on a secured cluster (the {@value PipelineKafkaProperties#SASL_PROFILE} profile) the
 * operators create them instead.</li>
 * </ul>
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(PipelineKafkaProperties.class)
public class PipelineKafkaAutoConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer newsflowEventSerializer(PipelineKafkaProperties properties) {
        return factory -> {
            @SuppressWarnings("unchecked")
            var typed = (DefaultKafkaProducerFactory<Object, Object>) factory;
            typed.setKeySerializerSupplier(PipelineKafkaAutoConfiguration::keySerializer);
            typed.setValueSerializerSupplier(PipelineKafkaAutoConfiguration::eventSerializer);
            typed.updateConfigs(Map.of(
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG, properties.topics().maxMessageBytes()));
        };
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer newsflowRawValueDeserializer() {
        return factory -> {
            @SuppressWarnings("unchecked")
            var typed = (DefaultKafkaConsumerFactory<String, byte[]>) factory;
            typed.setKeyDeserializerSupplier(() -> new ErrorHandlingDeserializer<>(new Utf8KeyDeserializer()));
            typed.setValueDeserializerSupplier(ByteArrayDeserializer::new);
        };
    }

    @Bean
    RecordMessageConverter newsflowEventConverter() {
        return new ByteArrayJacksonJsonMessageConverter(EventJson.mapper());
    }

    @Bean
    CommonErrorHandler newsflowErrorHandler(
            KafkaOperations<?, ?> template,
            PipelineKafkaProperties properties,
            ObjectProvider<MeterRegistry> registry) {
        return PipelineErrorHandlers.deadLettering(
                template,
                properties.retry(),
                registry.getIfAvailable(SimpleMeterRegistry::new),
                UnaryOperator.identity());
    }

    @Bean
    RecordObservations newsflowRecordObservations(ObjectProvider<ObservationRegistry> registry) {
        return new RecordObservations(registry.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean
    EventSender newsflowEventSender(
            KafkaOperations<String, Object> kafka,
            PipelineKafkaProperties properties,
            ObjectProvider<MeterRegistry> registry) {
        return new EventSender(kafka, properties.sendTimeout(), registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    /**
     * {@code kafkaTopics} in the health endpoint, and an ERROR at start, when the topics are weaker than configured:
     * every topic the service declares, the shared ones and its own ({@code articles.versions} in ingest-service).
     */
    @Bean
    KafkaTopicsHealthIndicator kafkaTopicsHealthIndicator(
            KafkaAdmin kafkaAdmin, PipelineKafkaProperties properties, ObjectProvider<NewTopic> ownTopics) {
        Set<String> names = new LinkedHashSet<>();
        PipelineTopics.shared(properties.topics()).forEach(topic -> names.add(topic.name()));
        ownTopics.orderedStream().forEach(topic -> names.add(topic.name()));
        return new KafkaTopicsHealthIndicator(
                kafkaAdmin.getConfigurationProperties(), properties.topics(), List.copyOf(names));
    }

    @Bean
    KafkaAdmin.NewTopics newsflowTopics(PipelineKafkaProperties properties) {
        return new KafkaAdmin.NewTopics(
                PipelineTopics.shared(properties.topics()).toArray(NewTopic[]::new));
    }

    /** Keys are text; a key that could not be read as text goes to the dead-letter topic as the bytes it was. */
    static Serializer<Object> keySerializer() {
        Map<Class<?>, Serializer<?>> delegates = new LinkedHashMap<>();
        delegates.put(byte[].class, new ByteArraySerializer());
        delegates.put(String.class, new StringSerializer());
        return new DelegatingByTypeSerializer(delegates);
    }

    /** Byte arrays (records sent to a dead-letter topic as they came) go as they are; anything else as JSON. */
    static Serializer<Object> eventSerializer() {
        Map<Class<?>, Serializer<?>> delegates = new LinkedHashMap<>();
        delegates.put(byte[].class, new ByteArraySerializer());
        delegates.put(Object.class, new JacksonJsonSerializer<>(EventJson.mapper()).noTypeInfo());
        return new DelegatingByTypeSerializer(delegates, true);
    }
}
