package newsflow.support.kafka;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

/**
 * The listener observation of one record of a batch, as a record listener's container makes it: it continues the
 * trace in the record's headers (or starts one), puts its trace id in the log context while a scope of it is open,
 * and is the parent of the sends made in such a scope, whose records then carry the same trace on. A batch listener
 * opens one per record, around the work done for that record and around its output's send ({@link EventSender}).
 */
public final class RecordObservations {

    private final ObservationRegistry registry;

    public RecordObservations(ObservationRegistry registry) {
        this.registry = registry;
    }

    /** Starts the observation of a record; the caller stops it once the record's output is sent, or it failed. */
    public Observation start(ConsumerRecord<?, ?> record, String listenerId, String groupId) {
        return KafkaListenerObservation.LISTENER_OBSERVATION
                .observation(
                        null,
                        KafkaListenerObservation.DefaultKafkaListenerObservationConvention.INSTANCE,
                        () -> new KafkaRecordReceiverContext(record, listenerId, null, groupId, () -> null),
                        registry)
                .start();
    }
}
