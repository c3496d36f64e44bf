package newsflow.launcher.benchmark;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.locks.LockSupport;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.EventJson;
import newsflow.contract.Topics;
import newsflow.contract.Zone;
import newsflow.enrich.tagging.text.ZoneTokenizer;
import newsflow.launcher.batch.BatchReference;
import newsflow.launcher.benchmark.BenchmarkArticles.Article;
import newsflow.support.metrics.CumulativeHistogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The end-to-end benchmark: how fast the whole pipeline makes articles searchable, against the offline batch's speed
 * on the same texts in the same run. It sends raw articles to {@code articles.raw} as a publisher's producer does
 * ({@code acks=all}, idempotent) and reads what is searchable from index-service's latency histogram:
 * <ol>
 * <li><b>start-up</b>: on a local run it started itself, the first {@value BenchmarkOptions#FIRST_AFTER_START}
 * articles of the warm-up, sent at full speed as soon as the services are ready;</li>
 * <li><b>warm-up</b>: all of the warm-up articles;</li>
 * <li><b>warmed</b>: the next articles at full speed: the pipeline's sustained rate;</li>
 * <li><b>paced</b>: articles at a set rate, for the publish → searchable latency of a pipeline that keeps up;</li>
 * <li><b>offline batch</b>: after the local run has stopped, {@code newsflow.jar enrich}'s code (cleaning and
 * tagging, no Kafka) on the warm-up texts, then, timed, on the warmed row's texts.</li>
 * </ol>
 * Prints a table; docs/benchmarks.md has the command, the machine and the results.
 */
public final class PipelineBenchmark {

    private static final Duration STALL_LIMIT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(500);

    private final PipelineUnderTest pipeline;
    private final KafkaProducer<String, byte[]> producer;

    private PipelineBenchmark(PipelineUnderTest pipeline) {
        this.pipeline = pipeline;
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        pipeline.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.LINGER_MS_CONFIG,
                        5,
                        ProducerConfig.CLIENT_ID_CONFIG,
                        "newsflow-benchmark"),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** One row of the table. */
    record Row(String what, int articles, double seconds, OptionalDouble cores, CumulativeHistogram latency) {

        double articlesPerSecond() {
            return articles / seconds;
        }
    }

    public static void main(String[] args) throws IOException {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        String run = Long.toString(Instant.now().getEpochSecond(), 36);
        var articles = BenchmarkArticles.load(options.input(), run).cut(options.words());
        List<Article> warmup = articles.range(0, options.warmup());
        List<Article> warmed = articles.range(options.warmup(), options.articles());
        List<Article> paced =
                articles.range(options.warmup() + options.articles(), options.rate() * options.rateSeconds());

        List<Row> rows = new ArrayList<>();
        Map<String, ThreadCpu.Usage> warmUpThreads = Map.of();
        Map<String, ThreadCpu.Usage> warmedThreads = Map.of();
        PipelineUnderTest pipeline = options.startsLocalRun()
                ? PipelineUnderTest.startLocal(options.jar(), options.jvmOptions())
                : PipelineUnderTest.running(options.bootstrapServers(), options.indexUrl());
        try (pipeline) {
            System.err.printf(
                    "benchmark: the pipeline is ready; sending %d + %d articles at full speed, then %d/s for %d s%n",
                    warmup.size(), warmed.size(), options.rate(), options.rateSeconds());
            var benchmark = new PipelineBenchmark(pipeline);
            try (benchmark.producer) {
                if (!warmup.isEmpty()) {
                    ThreadCpu atStart = pipeline.threads();
                    rows.addAll(benchmark.warmup(warmup, pipeline.isLocal()));
                    warmUpThreads = pipeline.threads().since(atStart);
                }
                ThreadCpu before = pipeline.threads();
                rows.add(benchmark.fullSpeed("pipeline, warmed, full speed", warmed));
                warmedThreads = pipeline.threads().since(before);
                if (!paced.isEmpty()) {
                    rows.add(benchmark.paced(paced, options.rate()));
                }
            }
        }
        if (pipeline.isLocal()) {
            pipeline.deleteData();
        }

        System.err.printf("benchmark: the offline batch on %d threads%n", options.batchThreads());
        BatchReference batch = BatchReference.load(options.batchThreads());
        batch.run(bytes(warmup));
        BatchReference.Run reference = batch.run(bytes(warmed));
        if (reference.refused() > 0) {
            System.err.printf("benchmark: the batch refused %d of the articles%n", reference.refused());
        }
        rows.add(new Row(
                "offline batch (enrich), " + options.batchThreads() + " threads",
                reference.enriched().size(),
                reference.nanos() / 1e9,
                OptionalDouble.empty(),
                null));
        print(rows, tokensPerArticle(reference.enriched()), articles.distinctPages(), options);
        pipeline.readyAfter()
                .ifPresent(ready -> System.out.printf(
                        Locale.ROOT, "The local run was ready %.1f s after it started.%n", ready.toMillis() / 1e3));
        print("the warm-up row (the first articles after start)", warmUpThreads);
        print("the warmed row", warmedThreads);
    }

    /** Where the local run's CPU went during a row, by thread group. */
    private static void print(String row, Map<String, ThreadCpu.Usage> threads) {
        if (threads.isEmpty()) {
            return;
        }
        double total =
                threads.values().stream().mapToDouble(ThreadCpu.Usage::total).sum();
        System.out.printf(Locale.ROOT, "%nCPU of the local run during %s, by thread (%.0f s in all):%n%n", row, total);
        System.out.println("| threads | CPU (s) | share | of which system (s) |");
        System.out.println("|---|---:|---:|---:|");
        threads.entrySet().stream()
                .limit(14)
                .forEach(entry -> System.out.printf(
                        Locale.ROOT,
                        "| %s | %.1f | %.0f%% | %.1f |%n",
                        entry.getKey(),
                        entry.getValue().total(),
                        100 * entry.getValue().total() / total,
                        entry.getValue().system()));
    }

    private List<Row> warmup(List<Article> articles, boolean fromStart) {
        int first = Math.min(BenchmarkOptions.FIRST_AFTER_START, articles.size());
        Measurement measurement = send(articles, 0, first);
        List<Row> rows = new ArrayList<>();
        if (first < articles.size()) {
            rows.add(measurement.row(
                    (fromStart ? "pipeline, first " : "pipeline, first of the run: ") + first + " after start",
                    first,
                    measurement.firstNanos));
        }
        rows.add(measurement.row("pipeline, warm-up, full speed", articles.size(), measurement.allNanos));
        return rows;
    }

    private Row fullSpeed(String what, List<Article> articles) {
        Measurement measurement = send(articles, 0, 0);
        return measurement.row(what, articles.size(), measurement.allNanos);
    }

    private Row paced(List<Article> articles, int rate) {
        Measurement measurement = send(articles, rate, 0);
        return measurement.row("pipeline, paced at " + rate + "/s", articles.size(), measurement.allNanos);
    }

    /** What one row measured: from the first send to the last article searchable (and to the first N). */
    private final class Measurement {
        final CumulativeHistogram before;
        final double cpuBefore;
        CumulativeHistogram after;
        double cpuAfter;
        long allNanos;
        long firstNanos;

        Measurement(CumulativeHistogram before, double cpuBefore) {
            this.before = before;
            this.cpuBefore = cpuBefore;
        }

        Row row(String what, int articles, long nanos) {
            OptionalDouble cores = pipeline.cpuSeconds().isPresent()
                    ? OptionalDouble.of((cpuAfter - cpuBefore) / (allNanos / 1e9))
                    : OptionalDouble.empty();
            return new Row(
                    what,
                    articles,
                    nanos / 1e9,
                    nanos == allNanos ? cores : OptionalDouble.empty(),
                    after.since(before));
        }
    }

    /**
     * Sends the articles, at full speed ({@code rate} 0) or paced, and waits until all are searchable; with
     * {@code first} above 0 also notes when that many were.
     */
    private Measurement send(List<Article> articles, int rate, int first) {
        var measurement =
                new Measurement(pipeline.histogram(), pipeline.cpuSeconds().orElse(0));
        long start = System.nanoTime();
        long interval = rate == 0 ? 0 : 1_000_000_000L / rate;
        for (int i = 0; i < articles.size(); i++) {
            if (interval > 0) {
                LockSupport.parkNanos(start + i * interval - System.nanoTime());
            }
            Article article = articles.get(i);
            producer.send(new ProducerRecord<>(Topics.RAW, article.key(), article.json()), (metadata, error) -> {
                if (error != null) {
                    System.err.println("benchmark: a send failed: " + error);
                }
            });
        }
        producer.flush();
        long target = measurement.before.count() + articles.size();
        long firstTarget = measurement.before.count() + first;
        var progress = new Object() {
            long count = -1;
            long at = System.nanoTime();
        };
        await("the articles searchable")
                .forever()
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL)
                .pollInSameThread()
                .until(() -> {
                    CumulativeHistogram now = pipeline.histogram();
                    if (first > 0 && measurement.firstNanos == 0 && now.count() >= firstTarget) {
                        measurement.firstNanos = System.nanoTime() - start;
                    }
                    if (now.count() != progress.count) {
                        progress.count = now.count();
                        progress.at = System.nanoTime();
                    } else if (System.nanoTime() - progress.at > STALL_LIMIT.toNanos()) {
                        throw new IllegalStateException((now.count() - measurement.before.count()) + " of "
                                + articles.size() + " articles searchable, none more for "
                                + STALL_LIMIT.toMinutes() + " min: see the dead-letter topics");
                    }
                    measurement.after = now;
                    return now.count() >= target;
                });
        measurement.allNanos = System.nanoTime() - start;
        if (first > 0 && measurement.firstNanos == 0) {
            measurement.firstNanos = measurement.allNanos;
        }
        measurement.cpuAfter = pipeline.cpuSeconds().orElse(0);
        return measurement;
    }

    private static List<byte[]> bytes(List<Article> articles) {
        return articles.stream().map(Article::json).toList();
    }

    /** Tokens the tagger reads per article (every zone of the cleaned article), averaged over the batch's output. */
    private static double tokensPerArticle(List<byte[]> enriched) {
        long tokens = 0;
        for (byte[] line : enriched) {
            ArticleEnriched article = EventJson.mapper().readValue(line, ArticleEnriched.class);
            for (Zone zone : article.zones()) {
                tokens += ZoneTokenizer.sentences(zone.text()).stream()
                        .mapToInt(List::size)
                        .sum();
            }
        }
        return enriched.isEmpty() ? 0 : (double) tokens / enriched.size();
    }

    private static void print(List<Row> rows, double tokens, int pages, BenchmarkOptions options) {
        var out = System.out;
        out.printf(
                Locale.ROOT,
                "%nArticles: %d distinct pages (%s), %.0f tokens per article after cleaning.%n",
                pages,
                options.input() == null ? BenchmarkArticles.DEFAULT_PAGES : options.input(),
                tokens);
        out.println();
        out.println(
                "| what | articles | seconds | articles/s | tokens/s | CPU (cores) | p50 (s) | p95 (s) | p99 (s) |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Row row : rows) {
            boolean paced = row.what().contains("paced");
            out.printf(
                    Locale.ROOT,
                    "| %s | %,d | %.1f | %.1f | %,.0f | %s | %s | %s | %s |%n",
                    row.what(),
                    row.articles(),
                    row.seconds(),
                    row.articlesPerSecond(),
                    row.articlesPerSecond() * tokens,
                    row.cores().isPresent()
                            ? String.format(Locale.ROOT, "%.2f", row.cores().getAsDouble())
                            : "",
                    paced ? seconds(row.latency().quantile(0.50)) : "",
                    paced ? seconds(row.latency().quantile(0.95)) : "",
                    paced ? seconds(row.latency().quantile(0.99)) : "");
        }
        Row warmed = find(rows, "warmed");
        Row batch = find(rows, "offline batch");
        out.println();
        out.printf(
                Locale.ROOT,
                "Warmed pipeline / offline batch: %.0f%%%n",
                100 * warmed.articlesPerSecond() / batch.articlesPerSecond());
        rows.stream()
                .filter(row -> row.what().contains("after start"))
                .findFirst()
                .ifPresent(first -> out.printf(
                        Locale.ROOT,
                        "First %d after start / warmed pipeline: %.0f%%%n",
                        first.articles(),
                        100 * first.articlesPerSecond() / warmed.articlesPerSecond()));
    }

    private static Row find(List<Row> rows, String what) {
        return rows.stream()
                .filter(row -> row.what().contains(what))
                .findFirst()
                .orElseThrow();
    }

    private static String seconds(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
    }
}
