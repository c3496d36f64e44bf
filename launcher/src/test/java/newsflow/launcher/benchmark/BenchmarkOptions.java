package newsflow.launcher.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline benchmark's arguments. Without {@code --bootstrap-servers} it starts {@code newsflow.jar local} of its
 * own (fresh data in a temporary folder) and measures it from its start; with them, it measures the running pipeline
 * they and {@code --index-url} lead to.
 *
 * @param jar              the built newsflow.jar the local run starts from
 * @param bootstrapServers a running pipeline's Kafka, or null to start the local run
 * @param indexUrl         that pipeline's index-service
 * @param warmup           articles sent at full speed first (the first {@value #FIRST_AFTER_START} of them are the
 *                         start-up row)
 * @param articles         articles sent at full speed after the warm-up: the warmed row
 * @param rate             articles per second of the paced row
 * @param rateSeconds      how long the paced row sends
 * @param input            raw articles to send instead of the web development set's pages
 * @param words            each page cut after the paragraph where its text reaches this many words; 0 sends pages
 *                         whole
 * @param jvmOptions       further options of the local run's JVM (a JFR recording, GC settings)
 * @param batchThreads     the offline batch's workers, one per core by default
 */
record BenchmarkOptions(
        Path jar,
        String bootstrapServers,
        String indexUrl,
        int warmup,
        int articles,
        int rate,
        int rateSeconds,
        Path input,
        int words,
        List<String> jvmOptions,
        int batchThreads) {

    static final int FIRST_AFTER_START = 3000;

    static BenchmarkOptions parse(String[] args) {
        Path jar = Path.of("target/newsflow.jar");
        String bootstrapServers = null;
        String indexUrl = "http://localhost:8083";
        int warmup = 4000;
        int articles = 8000;
        int rate = 100;
        int rateSeconds = 60;
        Path input = null;
        int words = 330;
        List<String> jvmOptions = new ArrayList<>();
        int batchThreads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--jar" -> jar = Path.of(required(args[i], value));
                case "--bootstrap-servers" -> bootstrapServers = required(args[i], value);
                case "--index-url" -> indexUrl = required(args[i], value);
                case "--warmup" -> warmup = count(args[i], value, 0);
                case "--articles" -> articles = count(args[i], value, 1);
                case "--rate" -> rate = count(args[i], value, 1);
                case "--rate-seconds" -> rateSeconds = count(args[i], value, 0);
                case "--input" -> input = Path.of(required(args[i], value));
                case "--words" -> words = count(args[i], value, 0);
                case "--jvm-option" -> jvmOptions.add(required(args[i], value));
                case "--batch-threads" -> batchThreads = count(args[i], value, 1);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
            i++;
        }
        return new BenchmarkOptions(
                jar,
                bootstrapServers,
                indexUrl,
                warmup,
                articles,
                rate,
                rateSeconds,
                input,
                words,
                jvmOptions,
                batchThreads);
    }

    boolean startsLocalRun() {
        return bootstrapServers == null;
    }

    private static String required(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return value;
    }

    private static int count(String name, String value, int least) {
        int count = Integer.parseInt(required(name, value));
        if (count < least) {
            throw new IllegalArgumentException(name + " must be at least " + least);
        }
        return count;
    }
}
