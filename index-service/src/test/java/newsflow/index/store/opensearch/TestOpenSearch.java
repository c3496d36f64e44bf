package newsflow.index.store.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsflow.testsupport.FreePorts;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.transport.Netty4Plugin;

/**
 * The real OpenSearch node of a test JVM: a single-node cluster started in this JVM on first use, on free local
 * ports with its data in a temporary folder, and closed when the JVM exits. Tests that need the store to go away
 * {@link #stop()} it and {@link #start()} it again on the same ports and data.
 */
public final class TestOpenSearch {

    private static final String CLUSTER = "newsflow-test";

    private static Path home;
    private static int httpPort;
    private static int transportPort;
    private static Node node;

    static {
        // The node's Netty sets the processor count of the JVM's Netty once; leave it alone, as its own tests do.
        System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
    }

    private TestOpenSearch() {}

    /** The node's HTTP address, {@code http://127.0.0.1:port}; starts the node on first call. */
    public static synchronized String uri() {
        if (home == null) {
            home = temporaryHome();
            httpPort = FreePorts.pair();
            transportPort = httpPort + 1;
            Runtime.getRuntime().addShutdownHook(new Thread(TestOpenSearch::stopAndDelete, "test-opensearch-stop"));
        }
        start();
        return "http://127.0.0.1:" + httpPort;
    }

    /** Starts the node, on the ports and data it had, unless it is running. */
    public static synchronized void start() {
        if (node != null) {
            return;
        }
        try {
            node = newNode(home, httpPort, transportPort).start();
        } catch (NodeValidationException ex) {
            throw new IllegalStateException("the test OpenSearch node did not start", ex);
        }
    }

    /** Deletes an index, through the node's own client, when a test is done with it. */
    public static synchronized void deleteIndex(String index) {
        if (node != null) {
            node.client().admin().indices().prepareDelete(index).get();
        }
    }

    /** Stops the node and waits until its ports are closed; its data stays for {@link #start()}. */
    public static synchronized void stop() {
        if (node == null) {
            return;
        }
        try {
            node.close();
            node.awaitClose(30, TimeUnit.SECONDS);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } finally {
            node = null;
        }
    }

    private static synchronized void stopAndDelete() {
        stop();
        delete(home);
    }

    /** A single-node cluster's node, not started, with its data in {@code home} and these local ports. */
    static Node newNode(Path home, int httpPort, int transportPort) {
        return new PluginNode(environment(home, httpPort, transportPort));
    }

    private static Environment environment(Path home, int httpPort, int transportPort) {
        Settings settings = Settings.builder()
                .put("cluster.name", CLUSTER)
                .put("node.name", "node-0")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", transportPort)
                .put("discovery.type", "single-node")
                // A nearly full disk on a shared machine must not turn the tests' indices read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", false)
                .build();
        return new Environment(settings, home.resolve("config"));
    }

    /** Removes the node's folder and everything in it, as far as it can: a temporary folder left is no failure. */
    private static void delete(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ex) {
            System.err.println("could not delete " + folder + ": " + ex);
        }
    }

    private static Path temporaryHome() {
        try {
            Path folder = Files.createTempDirectory("newsflow-opensearch-");
            Files.createDirectories(folder.resolve("config"));
            return folder;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A node with the plugins given here, as OpenSearch's own test framework builds one: Netty for HTTP. */
    private static final class PluginNode extends Node {

        PluginNode(Environment environment) {
            super(environment, List.of(Netty4Plugin.class), true);
        }
    }
}
