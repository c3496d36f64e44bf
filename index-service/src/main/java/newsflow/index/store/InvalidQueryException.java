package newsflow.index.store;

/** A query the store cannot run as asked: bad query syntax, or paging out of bounds. The caller's to correct. */
public class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }

    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
