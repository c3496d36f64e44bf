package newsflow.index.store;

/**
 * The store cannot be written or read now: its server does not answer or is overloaded, its disk is full. Nothing
 * of the failed write may be taken as stored; the same write, retried once the store is back, completes it.
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
