package newsflow.launcher.benchmark;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsflow.support.metrics.CumulativeHistogram;

/**
 * The pipeline the benchmark measures: {@code newsflow.jar local} started here as a process of its own (its services
 * on ports 8081 to 8084, Kafka on 9092, its data in a temporary folder deleted at the end), or a pipeline already
 * running elsewhere. Either way the benchmark learns what is searchable from index-service's own latency histogram.
 */
final class PipelineUnderTest implements AutoCloseable {

    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final List<String> READINESS = List.of(
            "http://localhost:8081/actuator/health/readiness",
            "http://localhost:8082/actuator/health/readiness",
            "http://localhost:8083/actuator/health/readiness");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String bootstrapServers;
    private final URI prometheus;
    private final Process process;
    private final Path dataDir;
    private Duration readyAfter;

    private PipelineUnderTest(String bootstrapServers, String indexUrl, Process process, Path dataDir) {
        this.bootstrapServers = bootstrapServers;
        this.prometheus = URI.create(indexUrl + "/actuator/prometheus");
        this.process = process;
        this.dataDir = dataDir;
    }

    static PipelineUnderTest running(String bootstrapServers, String indexUrl) {
        return new PipelineUnderTest(bootstrapServers, indexUrl, null, null);
    }

    /** Starts {@code java -XX:-DontCompileHugeMethods [options] -jar JAR local}, and waits until it is ready. */
    static PipelineUnderTest startLocal(Path jar, List<String> jvmOptions) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(
                    jar.toAbsolutePath() + " is missing: build it with mvn -DskipTests package");
        }
        Path dataDir = Files.createTempDirectory("newsflow-benchmark");
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:-DontCompileHugeMethods"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "local", "--data-dir", dataDir.toString()));
        Path log = dataDir.resolve("local.log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        var pipeline = new PipelineUnderTest("localhost:9092", "http://localhost:8083", process, dataDir);
        pipeline.awaitReady(log);
        pipeline.readyAfter = Duration.ofNanos(System.nanoTime() - started);
        return pipeline;
    }

    /** How long the local run took from its start to every service ready; empty for a pipeline already running. */
    Optional<Duration> readyAfter() {
        return Optional.ofNullable(readyAfter);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    boolean isLocal() {
        return process != null;
    }

    /** The latency histogram as index-service reports it now. */
    CumulativeHistogram histogram() {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(prometheus)
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(prometheus + " answered " + response.statusCode());
            }
            return CumulativeHistogram.parse(response.body(), "newsflow_pipeline_latency_seconds");
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + prometheus, ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        }
    }

    /** The local run's threads and the CPU each has used so far; empty for a remote pipeline. */
    ThreadCpu threads() {
        return ThreadCpu.of(process == null ? -1 : process.pid());
    }

    /** CPU seconds the local run has used so far (user and system, all threads); empty for a remote pipeline. */
    OptionalDouble cpuSeconds() {
        if (process == null) {
            return OptionalDouble.empty();
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return OptionalDouble.of(ticks / 100.0);
        } catch (IOException | RuntimeException ex) {
            return OptionalDouble.empty();
        }
    }

    private void awaitReady(Path log) {
        for (String url : READINESS) {
            await("the local run ready (" + url + "); its log: " + log)
                    .atMost(START_LIMIT)
                    .pollInterval(Duration.ofMillis(250))
                    .pollInSameThread()
                    .failFast("the local run exited; its log: " + log, () -> !process.isAlive())
                    .until(() -> ready(url));
        }
    }

    private boolean ready(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException ex) {
            return false;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        }
    }

    /** Stops the local run as Ctrl-C does; a remote pipeline is left alone. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes the stopped local run's data and log, after a run that went well. */
    void deleteData() throws IOException {
        if (dataDir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
