package newsflow.launcher.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import newsflow.launcher.cli.Arguments;

/**
 * The arguments of {@code enrich IN OUT [--threads N] [--max-tagging-time DURATION]}; {@code -} for IN or OUT is
 * stdin or stdout.
 *
 * @param input          the file of raw articles, one JSON object a line, or {@code -}
 * @param output         the file to write the enriched articles to, or {@code -}
 * @param threads        workers tagging at once; one per core by default
 * @param maxTaggingTime the longest one article may take to tag, as in the service
 */
record BatchOptions(String input, String output, int threads, Duration maxTaggingTime) {

    static final Duration DEFAULT_MAX_TAGGING_TIME = Duration.ofSeconds(10);

    /**
     * @throws IllegalArgumentException when the arguments are not valid, with a message for the user
     */
    static BatchOptions parse(String[] args) {
        List<String> files = new ArrayList<>();
        int threads = Runtime.getRuntime().availableProcessors();
        Duration maxTaggingTime = DEFAULT_MAX_TAGGING_TIME;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" ->
                    threads = Arguments.number(Arguments.value(args, ++i, "--threads"), "--threads", 1, 256);
                case "--max-tagging-time" ->
                    maxTaggingTime = Arguments.positiveDuration(
                            Arguments.value(args, ++i, "--max-tagging-time"), "--max-tagging-time", "10s");
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("enrich does not know the option " + args[i]);
                    }
                    files.add(args[i]);
                }
            }
        }
        if (files.size() != 2) {
            throw new IllegalArgumentException("enrich needs an input and an output file (- for stdin or stdout)");
        }
        return new BatchOptions(files.get(0), files.get(1), threads, maxTaggingTime);
    }
}
