package newsflow.enrich.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import newsflow.support.kafka.BatchFailures;
import newsflow.support.kafka.BatchListeners;
import newsflow.support.kafka.PipelineErrorHandlers;
import newsflow.support.kafka.PipelineKafkaProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;

/**
 * The container of the listener of {@code articles.ingested}: a batch listener, so that the enriched articles of a
 * poll go to the broker together, in a few requests, and the offsets are committed once the broker has them all. Its
 * error handler is the pipeline's ({@link PipelineErrorHandlers}): the record that failed is named by its index, the
 * records before it are committed, it is retried with the pipeline's back-off and then dead-lettered (at once when it
 * is no article, or took too long to tag), and the records after it are delivered again.
 */
@Configuration(proxyBeanMethods = false)
class EnrichListenerConfiguration {

    static final String CONTAINER_FACTORY = "enrichListenerContainerFactory";

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> enrichListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
            ConsumerFactory<Object, Object> consumers,
            KafkaOperations<?, ?> template,
            PipelineKafkaProperties kafka,
            MeterRegistry meters) {
        return BatchListeners.containerFactory(
                configurer,
                consumers,
                PipelineErrorHandlers.deadLettering(template, kafka.retry(), meters, BatchFailures::unwrap));
    }
}
