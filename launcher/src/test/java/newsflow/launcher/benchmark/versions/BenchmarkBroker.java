package newsflow.launcher.benchmark.versions;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import newsflow.launcher.reliability.JavaProcess;

/**
 * A single-node Kafka in a process of its own ({@code newsflow.jar kafka}, from this classpath), so that the
 * benchmark's heap holds ingest and nothing of the broker. Its data stays in the folder for the next run, its log
 * beside it.
 */
final class BenchmarkBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final JavaProcess process;
    private final String bootstrapServers;

    private BenchmarkBroker(JavaProcess process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    static BenchmarkBroker start(Path dataDir, int port) {
        Path log = dataDir.resolve("kafka.log");
        JavaProcess process = JavaProcess.start(
                "kafka",
                log,
                List.of("-Xmx1g"),
                List.of(
                        "-cp",
                        System.getProperty("java.class.path"),
                        "newsflow.launcher.Newsflow",
                        "kafka",
                        "--data-dir",
                        dataDir.toAbsolutePath().toString(),
                        "--kafka-port",
                        Integer.toString(port)));
        await("Kafka on port " + port)
                .atMost(START_TIMEOUT)
                .pollInterval(Duration.ofMillis(200))
                .failFast(process::assertRunning)
                .until(() -> Files.readString(log).contains("is running on"));
        return new BenchmarkBroker(process, "localhost:" + port);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        process.stop();
    }
}
