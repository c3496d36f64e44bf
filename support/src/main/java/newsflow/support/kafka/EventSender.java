package newsflow.support.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Sends one record and waits until the broker has it, so that a listener commits its input only after its output
 * is safe, and counts it ({@code newsflow.records.out} by topic). A failure to send is thrown, for the listener's
 * error handler to retry.
 */
public class EventSender {

    private final KafkaOperations<String, Object> kafka;
    private final Duration timeout;
    private final MeterRegistry registry;

    public EventSender(KafkaOperations<String, Object> kafka, Duration timeout, MeterRegistry registry) {
        this.kafka = kafka;
        this.timeout = timeout;
        this.registry = registry;
    }

    /** Sends an event (written as JSON) or raw bytes (sent as they are). */
    public RecordMetadata send(String topic, String key, Object value) {
        return send(new ProducerRecord<>(topic, key, value));
    }

    /** Sends an event (written as JSON) with these record headers. */
    public RecordMetadata send(String topic, String key, Object value, Map<String, byte[]> headers) {
        var record = new ProducerRecord<String, Object>(topic, key, value);
        headers.forEach((name, header) -> record.headers().add(new RecordHeader(name, header)));
        return send(record);
    }

    /** Sends an event or raw bytes with the given record timestamp. */
    public RecordMetadata sendAt(String topic, String key, Object value, java.time.Instant timestamp) {
        return send(new ProducerRecord<>(topic, null, timestamp.toEpochMilli(), key, value));
    }

    /** Sends a tombstone, a record with no value, carrying what it stands for in its headers. */
    public RecordMetadata sendTombstone(String topic, String key, Map<String, byte[]> headers) {
        return send(topic, key, null, headers);
    }

    private RecordMetadata send(ProducerRecord<String, Object> record) {
        try {
            RecordMetadata sent = kafka.send(record)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .getRecordMetadata();
            registry.counter("newsflow.records.out", "topic", record.topic()).increment();
            return sent;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new EventNotSentException(record.topic(), ex);
        } catch (ExecutionException ex) {
            throw new EventNotSentException(record.topic(), ex.getCause());
        } catch (TimeoutException ex) {
            throw new EventNotSentException(record.topic(), ex);
        } catch (KafkaException | org.apache.kafka.common.KafkaException ex) {
            // Thrown before the record is even queued, e.g. when no broker answered for the topic's metadata within
            // max.block.ms: not sent either.
            throw new EventNotSentException(record.topic(), ex);
        }
    }

    /** The broker did not acknowledge a record in time, or refused it. */
    public static class EventNotSentException extends RuntimeException {

        public EventNotSentException(String topic, Throwable cause) {
            super("could not send to " + topic + ": " + cause, cause);
        }
    }
}
