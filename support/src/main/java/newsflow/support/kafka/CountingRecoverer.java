package newsflow.support.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * Dead-letters a record through the recoverer it wraps, then counts it ({@code newsflow.dead.letters}, tagged with
 * the topic it came from and the exception that sent it away) and logs it, so operators see every dead letter.
 * Nothing is counted when the recoverer fails: the record is then retried, not lost.
 */
final class CountingRecoverer implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(CountingRecoverer.class);

    private final ConsumerRecordRecoverer recoverer;
    private final MeterRegistry registry;
    private final UnaryOperator<Exception> unwrap;

    CountingRecoverer(ConsumerRecordRecoverer recoverer, MeterRegistry registry, UnaryOperator<Exception> unwrap) {
        this.recoverer = recoverer;
        this.registry = registry;
        this.unwrap = unwrap;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception reported) {
        Exception exception = unwrap.apply(reported);
        recoverer.accept(record, exception);
        Throwable cause = cause(exception);
        Counter.builder("newsflow.dead.letters")
                .description("Records dead-lettered after their retries, by source topic and exception")
                .tag("topic", record.topic())
                .tag("exception", cause.getClass().getSimpleName())
                .register(registry)
                .increment();
        log.warn(
                "Dead-lettered {}-{}@{} to {}: {}",
                record.topic(),
                record.partition(),
                record.offset(),
                newsflow.contract.Topics.deadLetterOf(record.topic()),
                cause.toString());
    }

    private static Throwable cause(Exception exception) {
        Throwable cause = exception;
        while (cause instanceof ListenerExecutionFailedException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
