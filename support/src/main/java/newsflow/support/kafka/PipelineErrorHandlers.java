package newsflow.support.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.UnaryOperator;
import newsflow.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * The error handler every newsflow consumer starts from: retries with exponential back-off, then the record goes to
 * the dead-letter topic of the topic it came from, with the exception in its headers, counted and logged; invalid
 * events are never retried. A consumer with needs of its own (index-service's batch listener) adds to it.
 */
public final class PipelineErrorHandlers {

    private PipelineErrorHandlers() {}

    /**
     * @param unwrap turns the exception the container reports into the one the dead letter's headers should name
     */
    public static DefaultErrorHandler deadLettering(
            KafkaOperations<?, ?> template,
            PipelineKafkaProperties.Retry retry,
            MeterRegistry registry,
            UnaryOperator<Exception> unwrap) {
        var deadLetters = new DeadLetterPublishingRecoverer(template, PipelineErrorHandlers::deadLetterOf);
        var handler = new DefaultErrorHandler(new CountingRecoverer(deadLetters, registry, unwrap), backOff(retry));
        handler.addNotRetryableExceptions(InvalidEventException.class);
        return handler;
    }

    /** No partition is named, so the dead-letter topic need not have as many partitions as the source topic. */
    static TopicPartition deadLetterOf(ConsumerRecord<?, ?> record, Exception ex) {
        return new TopicPartition(Topics.deadLetterOf(record.topic()), -1);
    }

    private static ExponentialBackOffWithMaxRetries backOff(PipelineKafkaProperties.Retry retry) {
        var backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        return backOff;
    }
}
