package newsflow.launcher.kafka;

/**
 * A port the local Kafka broker needs is already taken, most often by another Kafka. Its own type so the launcher can
 * tell this common, user-fixable case apart from real failures; the message names the port and the way out.
 */
public final class PortInUseException extends LocalKafkaException {

    private final int port;

    PortInUseException(int port, String purpose, String option) {
        super("Port " + port + " (" + purpose + ") is already in use: stop the other Kafka or run with " + option);
        this.port = port;
    }

    /** The port that is taken. */
    public int port() {
        return port;
    }
}
