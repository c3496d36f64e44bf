package newsflow.support.kafka;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/** Reads the failures of batch listeners (enrich's and index's) the way the pipeline's error handling expects them. */
public final class BatchFailures {

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
