package newsflow.launcher;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import newsflow.launcher.kafka.LocalKafka;

/**
 * {@code newsflow.jar local}: a single-node Kafka started here, then the {@link Pipeline} around it. Stopping
 * (Ctrl-C, SIGTERM) closes the services first, then the broker, so every consumer commits and leaves its group
 * while the broker is still there.
 */
final class LocalRun implements AutoCloseable {

    /** enrich-service tags a bundled article for this long at start, so that its first articles are tagged at speed. */
    static final String WARM_UP = "--newsflow.enrich.warm-up=15s";

    private final LocalKafka kafka;
    private Pipeline pipeline;
    private final CountDownLatch closed = new CountDownLatch(1);

    private LocalRun(LocalKafka kafka) {
        this.kafka = kafka;
    }

    static LocalRun start(LocalOptions options, PrintStream out) {
        LocalKafka kafka = LocalKafka.start(new LocalKafka.Settings(
                options.dataDir().resolve("kafka"), options.kafkaPort(), options.kafkaPort() + 1));
        var run = new LocalRun(kafka);
        Runtime.getRuntime().addShutdownHook(new Thread(run::close, "newsflow-shutdown"));
        try {
            String versionsStateDir = "--newsflow.ingest.versions-state-dir="
                    + options.dataDir().resolve("ingest-versions").toAbsolutePath();
            run.pipeline = Pipeline.start(
                    kafka.bootstrapServers(),
                    options.dataDir().resolve("index"),
                    Pipeline.Ports.STANDARD,
                    service -> switch (service) {
                        case "ingest" -> List.of(versionsStateDir);
                        case "enrich" -> List.of(WARM_UP);
                        default -> List.of();
                    });
        } catch (RuntimeException ex) {
            run.close();
            throw ex;
        }
        out.printf(
                "%nnewsflow is running: Kafka on %s, ingest on http://localhost:8081, enrich on "
                        + "http://localhost:8082, index on http://localhost:8083, data in %s.%n"
                        + "The pipeline dashboard is on http://localhost:8084 (operator token for redrive: ops-key). "
                        + "Ctrl-C stops it.%n",
                kafka.bootstrapServers(), options.dataDir().toAbsolutePath());
        if (options.demo()) {
            new Demo("http://localhost:8081", "http://localhost:8083", out).run();
        }
        return run;
    }

    /** Blocks until the run is stopped; returns the exit status. */
    int awaitShutdown() {
        try {
            closed.await();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    @Override
    public synchronized void close() {
        if (closed.getCount() == 0) {
            return;
        }
        if (pipeline != null) {
            pipeline.close();
        }
        kafka.close();
        closed.countDown();
    }
}
