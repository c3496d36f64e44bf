package newsflow.launcher.benchmark.versions;

import java.nio.file.Path;

/**
 * The version-state benchmark's arguments.
 *
 * @param versions     how many versions (of as many articles) {@code articles.versions} holds; the topic is filled up
 *                     to it, and kept in the work folder for the next run
 * @param workDir      the broker's data and ingest's local store
 * @param kafkaPort    the port of the broker the benchmark starts (the next one is its controller's)
 * @param checkSeconds how long the version checks are timed, after as long again of warm-up
 */
record VersionStateOptions(long versions, Path workDir, int kafkaPort, int checkSeconds) {

    static VersionStateOptions parse(String[] args) {
        long versions = 10_000_000;
        Path workDir = Path.of("target/version-state-benchmark");
        int kafkaPort = 19092;
        int checkSeconds = 20;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--versions" -> versions = Long.parseLong(required(value, args[i++]));
                case "--work-dir" -> workDir = Path.of(required(value, args[i++]));
                case "--kafka-port" -> kafkaPort = Integer.parseInt(required(value, args[i++]));
                case "--check-seconds" -> checkSeconds = Integer.parseInt(required(value, args[i++]));
                default ->
                    throw new IllegalArgumentException("unknown argument " + args[i]
                            + "; known: --versions N --work-dir DIR --kafka-port PORT --check-seconds S");
            }
        }
        return new VersionStateOptions(versions, workDir, kafkaPort, checkSeconds);
    }

    private static String required(String value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return value;
    }
}
