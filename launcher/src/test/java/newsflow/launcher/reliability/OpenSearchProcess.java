package newsflow.launcher.reliability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import newsflow.testsupport.FreePorts;

/**
 * A real OpenSearch node (index-service's test node, {@code OpenSearchNodeProcess}) as a process of its own, so the
 * store can be stopped and started again on the same data while index-service writes to it. It runs on the classpath
 * the launcher's build resolves in its reliability profile (index-service's test-jar and the OpenSearch server),
 * written to the file named by the system property {@code newsflow.opensearch-node.classpath}.
 */
final class OpenSearchProcess {

    private final Path classpathFile;
    private final Path home;
    private final Path log;
    private final int httpPort = FreePorts.pair();
    private final int transportPort = httpPort + 1;
    private JavaProcess process;

    OpenSearchProcess(Path home, Path log) {
        this.classpathFile = Path.of(
                System.getProperty("newsflow.opensearch-node.classpath", "target/opensearch-node-classpath.txt"));
        this.home = home;
        this.log = log;
    }

    String uri() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Starts the node and waits until it answers. */
    void start() {
        JavaProcess started = JavaProcess.start(
                "opensearch",
                log,
                List.of(
                        "-Xmx1g",
                        "-Dlog4j.provider=org.apache.logging.log4j.core.impl.Log4jProvider",
                        "-cp",
                        classpath()),
                List.of(
                        "newsflow.index.store.opensearch.OpenSearchNodeProcess",
                        home.toString(),
                        Integer.toString(httpPort),
                        Integer.toString(transportPort)));
        process = started;
        await("OpenSearch at " + uri())
                .atMost(SeparateServices.START_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .failFast(started::assertRunning)
                .until(() -> !Health.of(uri() + "/_cluster/health").equals("UNREACHABLE"));
    }

    /** SIGTERM: the node closes as on a normal stop; its data stays for {@link #start()}. */
    void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    private String classpath() {
        try {
            return Files.readString(classpathFile).trim();
        } catch (IOException ex) {
            throw new UncheckedIOException(
                    "the OpenSearch node's classpath " + classpathFile + " is missing: the "
                            + "launcher's reliability profile writes it (mvn verify -Preliability)",
                    ex);
        }
    }
}
