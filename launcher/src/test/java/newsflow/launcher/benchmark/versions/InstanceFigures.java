package newsflow.launcher.benchmark.versions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one {@link IngestInstance} process measured of itself, and the wall time from its launch to its figures.
 *
 * @param launchToReadyMillis from the launch of the process to ingest ready, as the benchmark saw it
 * @param jvmToReadyMillis    from the start of its JVM to ingest ready, as the process saw it
 * @param loadMillis          the time its local store took to read {@code articles.versions}
 * @param heapBytes           its heap after a full GC, ingest ready
 */
record InstanceFigures(long launchToReadyMillis, long jvmToReadyMillis, long loadMillis, long heapBytes) {

    /** Runs an ingest instance in a JVM of its own with {@code -Xmx256m}, and reads its figures. */
    static InstanceFigures measure(String bootstrapServers, Path stateDir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        IngestInstance.class.getName(),
                        bootstrapServers,
                        stateDir.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .start();
        Map<String, Long> figures = null;
        long launchToReady = 0;
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith(IngestInstance.FIGURES)) {
                    launchToReady = (System.nanoTime() - launched) / 1_000_000;
                    figures = parse(line);
                } else if (line.contains("ArticleVersionsStore") || line.contains("ERROR")) {
                    System.out.println("  " + line);
                }
            }
        }
        int status = process.waitFor();
        if (figures == null || status != 0) {
            throw new IllegalStateException("the ingest instance exited with status " + status + " and no figures");
        }
        return new InstanceFigures(
                launchToReady, figures.get("ready-ms"), figures.get("load-ms"), figures.get("heap-bytes"));
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
