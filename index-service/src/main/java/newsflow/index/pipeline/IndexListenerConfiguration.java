package newsflow.index.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.BiFunction;
import newsflow.index.IndexProperties;
import newsflow.index.store.ArticleRejectedException;
import newsflow.index.store.StoreUnavailableException;
import newsflow.support.kafka.BatchFailures;
import newsflow.support.kafka.BatchListeners;
import newsflow.support.kafka.PipelineErrorHandlers;
import newsflow.support.kafka.PipelineKafkaProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The container of the index listener: a batch listener (a whole poll is one store write, the offsets committed
 * after it) with an error handler of its own, because a store that is down must not send articles to the
 * dead-letter topic the way the pipeline's shared handler does with a record that keeps failing.
 * <ul>
 * <li>{@link StoreUnavailableException}: the whole batch is retried with exponential back-off and no end, the
 * consumer paused meanwhile, nothing committed; when the store is back the batch is written;</li>
 * <li>a record that cannot be read, or that the store refuses, fails at its index: the records before it are
 * committed, it goes to {@code articles.enriched.dlt} at once, the records after it are delivered again;</li>
 * <li>anything else is retried with the pipeline's bounded back-off ({@code newsflow.kafka.retry.*}), then
 * dead-lettered and counted, as by the shared handler it starts from ({@link PipelineErrorHandlers}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class IndexListenerConfiguration {

    static final String CONTAINER_FACTORY = "indexListenerContainerFactory";

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> indexListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
            ConsumerFactory<Object, Object> consumers,
            KafkaOperations<?, ?> template,
            PipelineKafkaProperties kafka,
            IndexProperties index,
            MeterRegistry meters) {
        return BatchListeners.containerFactory(
                configurer, consumers, errorHandler(template, kafka.retry(), index.retry(), meters));
    }

    static DefaultErrorHandler errorHandler(
            KafkaOperations<?, ?> template,
            PipelineKafkaProperties.Retry retry,
            IndexProperties.StoreRetry storeRetry,
            MeterRegistry meters) {
        var handler = PipelineErrorHandlers.deadLettering(template, retry, meters, BatchFailures::unwrap);
        handler.addNotRetryableExceptions(ArticleRejectedException.class);
        BackOff untilTheStoreIsBack = untilTheStoreIsBack(storeRetry);
        BiFunction<ConsumerRecord<?, ?>, Exception, BackOff> storeDown = (record, ex) ->
                BatchFailures.isCausedBy(ex, StoreUnavailableException.class) ? untilTheStoreIsBack : null;
        handler.setBackOffFunction(storeDown);
        return handler;
    }

    private static BackOff untilTheStoreIsBack(IndexProperties.StoreRetry retry) {
        var backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        return backOff;
    }
}
