package newsflow.launcher.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free local ports for the processes of a run. */
final class FreePorts {

    private FreePorts() {
    }

    static int any() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A port whose next port is free too, as the local Kafka needs (broker, then controller). */
    static int pair() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = any();
            if (port < 65_535 && isFree(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("no two free ports in a row");
    }

    static boolean isFree(int port) {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }
}
