package newsflow.support.kafka;

/**
 * A consumed record that can be read but is not a valid event. Retrying cannot help, so the error handler sends it
 * straight to the dead-letter topic.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
