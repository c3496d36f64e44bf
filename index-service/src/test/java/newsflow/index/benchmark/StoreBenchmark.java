package newsflow.index.benchmark;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.EntityType;
import newsflow.contract.EventJson;
import newsflow.index.IndexProperties;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.TimeWindow;
import newsflow.index.store.entities.EntityQuery;
import newsflow.index.store.lucene.LuceneArticleStore;
import newsflow.index.store.opensearch.OpenSearchArticleStore;
import newsflow.index.store.opensearch.TestOpenSearch;
import newsflow.index.store.search.ArticleQuery;

/**
 * Indexes generated enriched articles ({@link BenchmarkArticles}) into each store adapter, in batches as the
 * listener writes them, then runs a mix of queries, and prints indexing throughput and query latencies (p50, p99)
 * per query kind as a Markdown table. A program, not a test: {@code mvn verify} never runs it. Arguments: the number
 * of articles (default 100000), the queries per kind (default 300), and the adapters (default lucene,opensearch).
 */
public final class StoreBenchmark {

    /** Articles per store write: the listener's batch on a backlog, a full poll ({@code max-poll-records}). */
    private static final int BATCH = Integer.getInteger("batch", 2000);

    private static final int WARM_UP = 30;

    private final BenchmarkArticles articles = new BenchmarkArticles();
    private final int count;
    private final int queries;

    private StoreBenchmark(int count, int queries) {
        this.count = count;
        this.queries = queries;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("log4j.provider", "org.apache.logging.log4j.core.impl.Log4jProvider");
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        List<String> adapters = List.of((args.length > 2 ? args[2] : "lucene,opensearch").split(","));
        var benchmark = new StoreBenchmark(count, queries);
        System.out.printf(
                Locale.ROOT,
                "%d articles in batches of %d, %d queries per kind, %d cores, Java %s%n%n",
                count,
                BATCH,
                queries,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        System.out.println("| adapter | indexing (articles/s) | query | p50 (ms) | p99 (ms) |");
        System.out.println("|---|---:|---|---:|---:|");
        for (String adapter : adapters) {
            benchmark.run(adapter.strip());
        }
        TestOpenSearch.stop();
        System.exit(0);
    }

    private void run(String adapter) throws Exception {
        try (var opened = open(adapter)) {
            ArticleStore store = opened.store();
            double perSecond = index(store);
            Map<String, double[]> latencies = queryMix(store);
            boolean first = true;
            for (var kind : latencies.entrySet()) {
                double[] millis = kind.getValue();
                Arrays.sort(millis);
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %s | %s | %.1f | %.1f |%n",
                        first ? adapter : "",
                        first ? String.format(Locale.ROOT, "%,.0f", perSecond) : "",
                        kind.getKey(),
                        percentile(millis, 50),
                        percentile(millis, 99));
                first = false;
            }
        }
    }

    /**
     * Articles per second the store writes, batch after batch; making up the articles, and their JSON, which the
     * listener has from Kafka as it is, is not counted.
     */
    private double index(ArticleStore store) {
        long writing = 0;
        for (int from = 0; from < count; from += BATCH) {
            List<ArticleChange> batch = new ArrayList<>(BATCH);
            for (int n = from; n < Math.min(count, from + BATCH); n++) {
                ArticleEnriched article = articles.article(n);
                batch.add(ArticleChange.publish(article, EventJson.mapper().writeValueAsBytes(article)));
            }
            long start = System.nanoTime();
            store.write(batch);
            writing += System.nanoTime() - start;
        }
        return count / (writing / 1e9);
    }

    private Map<String, double[]> queryMix(ArticleStore store) {
        Random random = new Random(7);
        Map<String, Function<Random, Object>> kinds = new LinkedHashMap<>();
        kinds.put("entity filter", r -> store.search(ArticleQuery.everything().withEntity(articles.entityId(r))));
        kinds.put(
                "country filter",
                r -> store.search(ArticleQuery.everything()
                        .withCountry("country:"
                                + BenchmarkArticles.COUNTRIES.get(r.nextInt(BenchmarkArticles.COUNTRIES.size())))));
        kinds.put(
                "type + 30-day window",
                r -> store.search(ArticleQuery.everything()
                        .withType(EntityType.values()[r.nextInt(4)])
                        .withWindow(days(r, 30))));
        kinds.put(
                "full text (2 words)",
                r -> store.search(ArticleQuery.everything()
                        .withText(articles.word(r.nextInt(200)) + " " + articles.word(r.nextInt(2000)))));
        kinds.put(
                "top entities, 90 days",
                r -> store.topEntities(EntityQuery.everything().withWindow(days(r, 90))));
        kinds.put(
                "entity detail",
                r -> store.entity(articles.entityId(r), EntityQuery.everything().withLimit(10)));
        Map<String, double[]> latencies = new LinkedHashMap<>();
        kinds.forEach((kind, query) -> {
            for (int i = 0; i < WARM_UP; i++) {
                query.apply(random);
            }
            double[] millis = new double[queries];
            for (int i = 0; i < queries; i++) {
                long start = System.nanoTime();
                query.apply(random);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            latencies.put(kind, millis);
        });
        return latencies;
    }

    private static TimeWindow days(Random random, int days) {
        long span = BenchmarkArticles.SPAN_MILLIS - Duration.ofDays(days).toMillis();
        Instant from = BenchmarkArticles.START.plusMillis((long) (random.nextDouble() * span));
        return new TimeWindow(from, from.plus(Duration.ofDays(days)));
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static Opened open(String adapter) throws Exception {
        if (adapter.equals("lucene")) {
            var folder = Files.createTempDirectory("newsflow-bench-lucene-");
            LuceneArticleStore store = LuceneArticleStore.open(folder);
            return new Opened(store, () -> {
                store.close();
                delete(folder);
            });
        }
        if (adapter.equals("opensearch")) {
            var settings = new IndexProperties.OpenSearch(
                    List.of(URI.create(TestOpenSearch.uri())),
                    "bench",
                    1,
                    0,
                    null,
                    null,
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(120));
            OpenSearchArticleStore store = OpenSearchArticleStore.connect(settings);
            return new Opened(store, store);
        }
        throw new IllegalArgumentException("no adapter " + adapter + "; lucene or opensearch");
    }

    private static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    private record Opened(ArticleStore store, Closeable closer) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            closer.close();
        }
    }
}
