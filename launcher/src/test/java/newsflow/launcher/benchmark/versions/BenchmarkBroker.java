package newsflow.launcher.benchmark.versions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A single-node Kafka in a process of its own ({@code newsflow.jar kafka}, from this classpath), so that the
 * benchmark's heap holds ingest and nothing of the broker. Its data stays in the folder for the next run.
 */
final class BenchmarkBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final String bootstrapServers;

    private BenchmarkBroker(Process process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    static BenchmarkBroker start(Path dataDir, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx1g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "newsflow.launcher.Newsflow",
                        "kafka",
                        "--data-dir",
                        dataDir.toAbsolutePath().toString(),
                        "--kafka-port",
                        Integer.toString(port)))
                .redirectErrorStream(true)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        var broker = new BenchmarkBroker(process, "localhost:" + port);
        broker.awaitRunning();
        return broker;
    }

    /** Reads the broker's output to its end (so it never blocks on a full pipe) and waits for its start line. */
    private void awaitRunning() {
        var running = new CountDownLatch(1);
        var reader = new Thread(
                () -> {
                    try (var lines = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = lines.readLine()) != null) {
                            if (line.contains("is running on")) {
                                running.countDown();
                            }
                        }
                    } catch (IOException ex) {
                        // the process ended: the wait below says so
                    }
                },
                "benchmark-broker-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try {
            while (!running.await(1, TimeUnit.SECONDS)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the broker exited with status " + process.exitValue());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the broker did not start within " + START_TIMEOUT);
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the broker started", ex);
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
