package newsflow.support.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/** Reads the failures of batch listeners (enrich's and index's) the way the pipeline's error handling expects them. */
public final class BatchFailures {

    private static final LogAccessor LOG = new LogAccessor(BatchFailures.class);

    private BatchFailures() {}

    /**
     * The failure of one record as a record listener would have reported it: a
     * {@link BatchListenerFailedException} only says which record of the batch failed, so the dead-letter headers
     * name its cause instead, the same exception a record listener's dead letters carry.
     */
    public static Exception unwrap(Exception ex) {
        if (ex instanceof ListenerExecutionFailedException failed
                && failed.getCause() instanceof BatchListenerFailedException batch
                && batch.getCause() != null) {
            return new ListenerExecutionFailedException(failed.getMessage(), failed.getGroupId(), batch.getCause());
        }
        return ex;
    }

    /**
     * Fails a batch at a record whose key could not be read ({@link Utf8KeyDeserializer}), as a record listener's
     * container does by itself: the error handler dead-letters it at once with its key's bytes, and goes on with the
     * records after it.
     */
    public static void requireReadableKey(ConsumerRecord<?, ?> record, int index) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(
                record, SerializationUtils.KEY_DESERIALIZER_EXCEPTION_HEADER, LOG);
        if (unreadable != null) {
            throw new BatchListenerFailedException("the key of record " + index + " cannot be read", unreadable, index);
        }
    }

    public static boolean isCausedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
