package newsflow.support.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;

/**
 * Sends one record, or the records of a whole poll together, and waits until the broker has them, so that a listener
 * commits its input only after its output is safe, and counts them ({@code newsflow.records.out} by topic). A failure
 * to send is thrown, for the listener's error handler to retry.
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
        return send(record(topic, key, value, headers));
    }

    /** Sends an event or raw bytes with the given record timestamp. */
    public RecordMetadata sendAt(String topic, String key, Object value, java.time.Instant timestamp) {
        return send(new ProducerRecord<>(topic, null, timestamp.toEpochMilli(), key, value));
    }

    /** A record as {@link #sendAll} takes it: an event (written as JSON) with these record headers. */
    public static ProducerRecord<String, Object> record(
            String topic, String key, Object value, Map<String, byte[]> headers) {
        var record = new ProducerRecord<String, Object>(topic, key, value);
        headers.forEach((name, header) -> record.headers().add(new RecordHeader(name, header)));
        return record;
    }

    /**
     * Sends the records all at once, so that the producer puts them in as few requests as it can, and waits until the
     * broker has every one of them.
     *
     * @throws RecordsNotSentException naming the first record (its position in the list) the broker did not
     *     acknowledge in time, or refused; the records before it are sent, those after it may or may not be
     */
    public void sendAll(List<ProducerRecord<String, Object>> records) {
        sendAll(records, null);
    }

    /**
     * As {@link #sendAll(List)}, each record sent in a scope of the observation at its position
     * ({@link RecordObservations}), so that it carries on the trace of the record it was made from.
     */
    public void sendAll(List<ProducerRecord<String, Object>> records, List<Observation> observations) {
        List<CompletableFuture<SendResult<String, Object>>> sends = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            Observation observation = observations == null ? null : observations.get(i);
            try (Observation.Scope scope = observation == null ? null : observation.openScope()) {
                sends.add(kafka.send(records.get(i)));
            } catch (KafkaException | org.apache.kafka.common.KafkaException ex) {
                sends.add(CompletableFuture.failedFuture(ex));
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < sends.size(); i++) {
            String topic = records.get(i).topic();
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new RecordsNotSentException(i, topic, ex);
            } catch (ExecutionException ex) {
                throw new RecordsNotSentException(i, topic, ex.getCause());
            } catch (TimeoutException ex) {
                throw new RecordsNotSentException(i, topic, ex);
            }
            registry.counter("newsflow.records.out", "topic", topic).increment();
        }
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

    /** The broker did not acknowledge one of the records sent together in time, or refused it. */
    public static class RecordsNotSentException extends EventNotSentException {

        private final int index;

        public RecordsNotSentException(int index, String topic, Throwable cause) {
            super(topic, cause);
            this.index = index;
        }

        /** The position of the first record not sent in the list given to {@link EventSender#sendAll}. */
        public int index() {
            return index;
        }
    }

    /** The broker did not acknowledge a record in time, or refused it. */
    public static class EventNotSentException extends RuntimeException {

        public EventNotSentException(String topic, Throwable cause) {
            super("could not send to " + topic + ": " + cause, cause);
        }
    }
}
