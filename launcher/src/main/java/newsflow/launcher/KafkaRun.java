package newsflow.launcher;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import newsflow.launcher.kafka.LocalKafka;

/**
 * {@code newsflow.jar kafka}: only the single-node Kafka of {@code local}, with the same data directory and ports, for
 * running the services as separate processes ({@code newsflow.jar service ...}) around it; or, given a controller
 * quorum, one node of a multi-node cluster. Stopping it (Ctrl-C, SIGTERM) shuts the node down cleanly; a second start
 * keeps its topics and records.
 */
final class KafkaRun {

    private KafkaRun() {}

    /** Starts the broker, then blocks until the process is told to stop; returns the exit status. */
    static int run(KafkaOptions options, PrintStream out) {
        LocalKafka kafka = LocalKafka.start(options.settings());
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            kafka.close();
                            stopped.countDown();
                        },
                        "newsflow-kafka-shutdown"));
        out.printf(
                "%nKafka %s is running on %s, data in %s. Ctrl-C stops it.%n",
                options.quorum().isCluster()
                        ? "node " + options.quorum().nodeId() + " of "
                                + options.quorum().votersConfig()
                        : "(a single node)",
                kafka.bootstrapServers(),
                options.dataDir().resolve("kafka").toAbsolutePath());
        try {
            stopped.await();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
