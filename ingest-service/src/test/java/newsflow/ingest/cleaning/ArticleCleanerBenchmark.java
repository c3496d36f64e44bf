package newsflow.ingest.cleaning;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import newsflow.contract.Action;
import newsflow.contract.ContentType;
import newsflow.contract.RawArticle;
import newsflow.contract.SampleArticles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How fast {@link ArticleCleaner} cleans, on one thread, in MB of UTF-8 input per second: the seed article (scraped
 * text, about 5 KB), a 200 KB scraped text page, and a 200 KB HTML page with a news site's furniture. Targets:
 * 20 MB/s on plain text and 5 MB/s on HTML, per core. Not a test: run it with
 * {@code mvn -B -q -pl ingest-service test-compile exec:exec@cleaner-benchmark} (add {@code -Dbench.args=quick} for
 * a short run that shows it works), on a quiet machine for numbers worth recording.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ArticleCleanerBenchmark {

    private static final int PAGE_SIZE = 200 * 1024;

    @Param({"seed-text", "text-200k", "html-200k"})
    public String page;

    private ArticleCleaner cleaner;
    private RawArticle raw;

    @Setup
    public void setUp() {
        cleaner = new ArticleCleaner();
        raw = page(page);
    }

    @Benchmark
    public CleanArticle clean() {
        return cleaner.clean(raw);
    }

    static RawArticle page(String name) {
        return switch (name) {
            case "seed-text" -> SampleArticles.seed("bench", "seed");
            case "text-200k" -> article(BenchmarkPages.plainText(PAGE_SIZE), ContentType.TEXT_PLAIN);
            case "html-200k" -> article(BenchmarkPages.html(PAGE_SIZE), ContentType.TEXT_HTML);
            default -> throw new IllegalArgumentException("no benchmark page named " + name);
        };
    }

    private static RawArticle article(String body, ContentType type) {
        return new RawArticle("bench", "page", null, null, body, type, null, null, null, Action.PUBLISH);
    }

    public static void main(String[] args) throws RunnerException {
        boolean quick = args.length > 0 && args[0].equals("quick");
        Options options = new OptionsBuilder()
                .include(ArticleCleanerBenchmark.class.getName() + ".clean")
                .warmupIterations(quick ? 2 : 5)
                .warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 3 : 10)
                .measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .threads(1)
                .build();
        print(new Runner(options).run(), quick);
    }

    private static void print(Collection<RunResult> results, boolean quick) {
        System.out.printf(
                "%nArticleCleaner, 1 thread, Java %s, %d cores%s%n%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                quick ? ", quick run (indicative only)" : "");
        System.out.println("| page | content type | input (bytes) | articles/s | MB/s | target MB/s |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (RunResult result : results) {
            String name = result.getParams().getParam("page");
            RawArticle raw = page(name);
            int bytes = raw.body().getBytes(StandardCharsets.UTF_8).length;
            double perSecond = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            boolean html = raw.contentType() == ContentType.TEXT_HTML;
            System.out.printf(
                    "| %s | %s | %,d | %,.0f ± %,.0f | %.1f | %d |%n",
                    name,
                    raw.contentType().mediaType(),
                    bytes,
                    perSecond,
                    Double.isNaN(error) ? 0 : error,
                    perSecond * bytes / 1_000_000,
                    html ? 5 : 20);
        }
    }
}
