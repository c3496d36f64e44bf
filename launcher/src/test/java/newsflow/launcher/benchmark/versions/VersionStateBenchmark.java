package newsflow.launcher.benchmark.versions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsflow.contract.ArticleVersion;
import newsflow.ingest.lifecycle.VersionTable;
import newsflow.ingest.lifecycle.VersionVerdict;
import org.springframework.util.FileSystemUtils;

/**
 * How ingest's version state scales with the history (docs/benchmarks.md, "Ingest's version state"): with millions of
 * versions on {@code articles.versions}, a new ingest instance (no local store) reads the topic into its store; then
 * the same instance restarts on the store it kept, each in a JVM of its own with {@code -Xmx256m}
 * ({@link IngestInstance}). It prints their time from launch to ready, the topic read rate, their heap after a full
 * GC, and version checks per second on one thread (in this JVM, with every verdict checked). The broker runs in a
 * process of its own too. Run:
 * {@code mvn -B -q -o -pl launcher -am install -DskipTests && mvn -B -q -o -pl launcher test-compile
 * exec:exec@version-state-benchmark [-Dbenchmark.args="--versions 1000000"]}.
 */
public final class VersionStateBenchmark {

    private static final int CANDIDATES = 100_000;

    private VersionStateBenchmark() {}

    public static void main(String[] args) throws Exception {
        VersionStateOptions options = VersionStateOptions.parse(args);
        Path stateDir = options.workDir().resolve("ingest-versions");
        try (var broker = BenchmarkBroker.start(options.workDir().resolve("broker"), options.kafkaPort())) {
            var topic = new VersionsTopic(broker.bootstrapServers());
            long onTopic = topic.prepare();
            double fillSeconds = 0;
            if (onTopic < options.versions()) {
                System.out.printf("Filling articles.versions from %,d to %,d versions%n", onTopic, options.versions());
                long started = System.nanoTime();
                topic.fill(onTopic, options.versions());
                fillSeconds = seconds(started);
                onTopic = topic.prepare();
            }
            FileSystemUtils.deleteRecursively(stateDir);

            System.out.println("A new ingest instance, no local store:");
            InstanceFigures fresh = InstanceFigures.measure(broker.bootstrapServers(), stateDir);
            long storeBytes = size(stateDir);
            System.out.println("The same instance restarted on its local store:");
            InstanceFigures restarted = InstanceFigures.measure(broker.bootstrapServers(), stateDir);
            Checks checks;
            long rss;
            try (VersionStateRun run = VersionStateRun.start(broker.bootstrapServers(), stateDir)) {
                checks = check(run.table(), options.versions(), options.checkSeconds());
                rss = residentBytes();
            }

            System.out.printf(
                    "%nIngest's version state: %,d versions on articles.versions (%d partitions)%s; "
                            + "%d cores, Java %s; each ingest instance in a JVM of its own with -Xmx256m%n%n",
                    onTopic,
                    topic.partitions(),
                    fillSeconds > 0 ? String.format(" (filled in %.0f s)", fillSeconds) : "",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            System.out.println("| | figure | target |");
            System.out.println("|---|---:|---:|");
            System.out.printf(
                    "| new instance (no local store): topic read into its store | %.1f s, %,.0f versions/s "
                            + "| ≥ 200,000/s |%n",
                    fresh.loadMillis() / 1000.0, onTopic / (fresh.loadMillis() / 1000.0));
            System.out.printf("| new instance: launch to ready | %.1f s | |%n", fresh.launchToReadyMillis() / 1000.0);
            System.out.printf("| new instance: heap after GC, ready | %d MB | ≤ 256 MB |%n", fresh.heapBytes() >> 20);
            System.out.printf(
                    "| restart on its local store: launch to ready | %.1f s (store ready in %.1f s) | ≤ 15 s |%n",
                    restarted.launchToReadyMillis() / 1000.0, restarted.loadMillis() / 1000.0);
            System.out.printf("| restarted: heap after GC, ready | %d MB | ≤ 256 MB |%n", restarted.heapBytes() >> 20);
            System.out.printf(
                    "| version checks, one thread | %,.0f/s (%,d checks, %d wrong verdicts) | ≥ 50,000/s per core |%n",
                    checks.perSecond(), checks.count(), checks.wrong());
            System.out.printf("| local store on disk | %,d MB | |%n", storeBytes >> 20);
            System.out.printf(
                    "| resident memory of a JVM running ingest (heap, RocksDB, code) | %,d MB | |%n", rss >> 20);
        }
    }

    /**
     * Checks versions of known articles (the same one: a re-send; an older one: stale; a newer one: accepted) and of
     * unknown articles (accepted), on one thread, and counts every verdict that is not the expected one.
     */
    private static Checks check(VersionTable table, long versions, int seconds) {
        var random = new SplittableRandom(42);
        var candidates = new ArticleVersion[CANDIDATES];
        var expected = new VersionVerdict.Kind[CANDIDATES];
        for (int c = 0; c < CANDIDATES; c++) {
            long i = random.nextLong(versions);
            switch (c % 4) {
                case 0 -> {
                    candidates[c] = BenchmarkVersions.of(i);
                    expected[c] = VersionVerdict.Kind.DUPLICATE;
                }
                case 1 -> {
                    candidates[c] = new ArticleVersion(
                            BenchmarkVersions.articleId(i),
                            BenchmarkVersions.version(i) - 1,
                            BenchmarkVersions.contentHash(i),
                            false);
                    expected[c] = VersionVerdict.Kind.STALE;
                }
                case 2 -> {
                    candidates[c] = new ArticleVersion(
                            BenchmarkVersions.articleId(i),
                            BenchmarkVersions.version(i) + 1,
                            BenchmarkVersions.contentHash(i + 1),
                            false);
                    expected[c] = VersionVerdict.Kind.ACCEPT;
                }
                default -> {
                    candidates[c] = BenchmarkVersions.of(versions + i);
                    expected[c] = VersionVerdict.Kind.ACCEPT;
                }
            }
        }
        timed(table, candidates, expected, seconds);
        return timed(table, candidates, expected, seconds);
    }

    private static Checks timed(
            VersionTable table, ArticleVersion[] candidates, VersionVerdict.Kind[] expected, int seconds) {
        long count = 0;
        long wrong = 0;
        long started = System.nanoTime();
        long until = started + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            for (int c = 0; c < 1000; c++, count++) {
                int k = (int) (count % candidates.length);
                if (table.check(candidates[k]).kind() != expected[k]) {
                    wrong++;
                }
            }
        }
        return new Checks(count, wrong, count / seconds(started));
    }

    private record Checks(long count, long wrong, double perSecond) {}

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }

    private static long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return -1;
    }
}
