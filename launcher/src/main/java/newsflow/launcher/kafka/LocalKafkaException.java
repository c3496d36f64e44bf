package newsflow.launcher.kafka;

/**
 * Why the local Kafka broker could not start (or stop): one exception type, so the launcher can print a single clear
 * line instead of a Kafka stack trace.
 */
public class LocalKafkaException extends RuntimeException {

    public LocalKafkaException(String message) {
        super(message);
    }

    public LocalKafkaException(String message, Throwable cause) {
        super(message, cause);
    }
}
