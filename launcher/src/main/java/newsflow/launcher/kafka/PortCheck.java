package newsflow.launcher.kafka;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Locale;

/**
 * Checks that a port is free before the broker is started. Kafka would find out too, but only half-way through its
 * start-up and with a message that does not say what to do; checking first keeps a failed start clean and clear.
 */
final class PortCheck {

    private PortCheck() {}

    /**
     * Binds the port the way Kafka will (same host, address reuse on, so connections of an earlier run still in
     * TIME_WAIT do not count as taken), then frees it again.
     *
     * @param purpose what the port is for, as the message should name it, e.g. "Kafka broker"
     * @param option the command-line option that picks another port, for the message
     * @throws PortInUseException when something else listens on it
     * @throws LocalKafkaException when the port cannot be opened for another reason (unknown host, no permission)
     */
    static void ensureFree(String host, int port, String purpose, String option) {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new LocalKafkaException("Cannot start Kafka: unknown host " + host);
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address);
        } catch (BindException ex) {
            throw inUse(ex)
                    ? withCause(new PortInUseException(port, purpose, option), ex)
                    : new LocalKafkaException("Cannot listen on " + host + ":" + port + ": " + ex.getMessage(), ex);
        } catch (IOException ex) {
            throw new LocalKafkaException("Cannot listen on " + host + ":" + port + ": " + ex.getMessage(), ex);
        }
    }

    /** The JDK says "Address already in use" on Linux, macOS and Windows; other bind failures are not about use. */
    private static boolean inUse(BindException ex) {
        return ex.getMessage() != null
                && ex.getMessage().toLowerCase(Locale.ROOT).contains("in use");
    }

    private static PortInUseException withCause(PortInUseException taken, Throwable cause) {
        taken.initCause(cause);
        return taken;
    }
}
