package newsflow.launcher.benchmark.versions;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import newsflow.launcher.reliability.JavaProcess;

/**
 * What one {@link IngestInstance} process measured of itself, and the wall time from its launch to its figures.
 *
 * @param launchToReadyMillis from the launch of the process to ingest ready, as the benchmark saw it
 * @param jvmToReadyMillis    from the start of its JVM to ingest ready, as the process saw it
 * @param loadMillis          the time its local store took to read {@code articles.versions}
 * @param heapBytes           its heap after a full GC, ingest ready
 */
record InstanceFigures(long launchToReadyMillis, long jvmToReadyMillis, long loadMillis, long heapBytes) {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    /**
     * Runs an ingest instance in a JVM of its own with {@code -Xmx256m}, and reads its figures from its log (beside the
     * store); the wall time from launch to ready is that of the first look at the log that finds them.
     */
    static InstanceFigures measure(String bootstrapServers, Path stateDir) throws IOException {
        Path log = stateDir.resolveSibling("ingest-instance.log");
        Files.deleteIfExists(log);
        long launched = System.nanoTime();
        JavaProcess process = JavaProcess.start(
                "ingest",
                log,
                List.of("-Xmx256m"),
                List.of(
                        "-cp",
                        System.getProperty("java.class.path"),
                        IngestInstance.class.getName(),
                        bootstrapServers,
                        stateDir.toAbsolutePath().toString()));
        String line = await("ingest's figures in " + log)
                .atMost(START_TIMEOUT)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> figuresOrExit(log, process), Optional::isPresent)
                .orElseThrow();
        long launchToReady = (System.nanoTime() - launched) / 1_000_000;
        await("ingest stopped").atMost(START_TIMEOUT).until(() -> !process.isAlive());
        Map<String, Long> figures = parse(line);
        return new InstanceFigures(
                launchToReady, figures.get("ready-ms"), figures.get("load-ms"), figures.get("heap-bytes"));
    }

    /** The figures, if printed yet; fails, pointing to the log, if the process ended without them. */
    private static Optional<String> figuresOrExit(Path log, JavaProcess process) throws IOException {
        Optional<String> figures = figuresLine(log);
        if (figures.isEmpty()) {
            process.assertRunning();
        }
        return figures;
    }

    private static Optional<String> figuresLine(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.startsWith(IngestInstance.FIGURES)).findFirst();
        }
    }

    private static Map<String, Long> parse(String line) {
        Map<String, Long> figures = new TreeMap<>();
        for (String pair :
                line.substring(IngestInstance.FIGURES.length()).trim().split(" ")) {
            String[] nameAndValue = pair.split("=");
            figures.put(nameAndValue[0], Long.parseLong(nameAndValue[1]));
        }
        return figures;
    }
}
