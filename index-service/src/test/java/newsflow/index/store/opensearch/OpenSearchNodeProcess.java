package newsflow.index.store.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.opensearch.node.Node;

/**
 * The test OpenSearch node as a process of its own, for the fault-injection suite, which stops and starts it for
 * real: {@code java -cp <index-service test classpath> newsflow.index.store.opensearch.OpenSearchNodeProcess HOME
 * HTTP_PORT TRANSPORT_PORT}. It runs until it is stopped (SIGTERM closes the node) or killed, and keeps its data in
 * HOME for the next start.
 */
public final class OpenSearchNodeProcess {

    private OpenSearchNodeProcess() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
        Path home = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(home.resolve("config"));
        Node node = TestOpenSearch.newNode(home, Integer.parseInt(args[1]), Integer.parseInt(args[2]))
                .start();
        var closed = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                node.close();
                            } catch (Exception ex) {
                                ex.printStackTrace();
                            }
                            closed.countDown();
                        },
                        "opensearch-stop"));
        System.out.println("OpenSearch node running on http://127.0.0.1:" + args[1]);
        closed.await();
    }
}
