package newsflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Collection;

/**
 * Local ports that are free right now, for the servers a test starts (brokers, search nodes, services). Nothing
 * holds a port after the answer: another process can still take it before the server binds it.
 */
public final class FreePorts {

    private FreePorts() {}

    /** A free port on the loopback address. */
    public static int any() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A free port that is none of these, for servers started together that each need their own port. */
    public static int anyExcept(Collection<Integer> taken) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = any();
            if (!taken.contains(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port other than " + taken);
    }

    /**
     * A free port whose next port is free too, for a server of two ports (a broker and its controller, a search
     * node's HTTP and transport): two calls to {@link #any()} may answer the same port twice.
     */
    public static int pair() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = any();
            if (port < 65_535 && isFree(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("no two free ports in a row");
    }

    /** Whether nothing listens on this port of the loopback address. */
    public static boolean isFree(int port) {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException ex) {
            return false;
        }
    }
}
