package newsflow.index.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.EventJson;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.lucene.LuceneArticleStore;
import newsflow.index.stories.StoryAssigner;
import newsflow.support.stories.StoryRules;

/**
 * What stories cost index-service per article: generated articles ({@link BenchmarkArticles}) all published within
 * one 72-hour window (so that every lookup searches the whole corpus: the worst case), a quarter of them copies of an
 * earlier one on another site (a new headline, a dateline on the first sentence, the last sentence dropped, the
 * fingerprint a few to a dozen bits away), written to a Lucene store in the listener's batches twice: as before
 * stories, and with each batch given its stories first. Prints a Markdown table: articles/s, the story lookups' share
 * of the time, microseconds per article, and how many copies joined their original's story. A program, not a test.
 * Arguments: the number of articles (default 50000) and the batch size (default 2000, the listener's on a backlog;
 * 20 is a poll while it keeps up).
 */
public final class StoryBenchmark {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final long WINDOW_MILLIS = Duration.ofHours(72).toMillis();

    private final BenchmarkArticles articles = new BenchmarkArticles();

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        var benchmark = new StoryBenchmark();
        List<ArticleChange.Publish> changes = benchmark.changes(count);
        System.out.printf(
                Locale.ROOT,
                "%d articles (%d copies) in one 72-hour window, batches of %d, %d cores, Java %s%n%n",
                count,
                count / 4,
                batch,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        System.out.println("| run | articles/s | story lookups (µs/article) | share of the write | copies in their "
                + "original's story |");
        System.out.println("|---|---:|---:|---:|---:|");
        benchmark.run("without stories", changes, batch, false);
        benchmark.run("with stories", changes, batch, true);
        System.exit(0);
    }

    private void run(String name, List<ArticleChange.Publish> changes, int batch, boolean stories) throws IOException {
        Path folder = Files.createTempDirectory("newsflow-bench-stories-");
        long assigning = 0;
        long writing = 0;
        int joined = 0;
        try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
            var assigner = new StoryAssigner(store, StoryRules.DEFAULTS);
            for (int from = 0; from < changes.size(); from += batch) {
                List<ArticleChange.Publish> part = changes.subList(from, Math.min(changes.size(), from + batch));
                long start = System.nanoTime();
                List<? extends ArticleChange> written = stories ? assigner.assign(part) : part;
                long assigned = System.nanoTime();
                store.write(written);
                writing += System.nanoTime() - assigned;
                assigning += assigned - start;
                for (ArticleChange change : written) {
                    ArticleChange.Publish publish = (ArticleChange.Publish) change;
                    String articleId = publish.article().articleId();
                    if (articleId.contains("-copy-of-") && publish.storyId().equals(originalOf(articleId))) {
                        joined++;
                    }
                }
            }
        } finally {
            delete(folder);
        }
        long total = assigning + writing;
        System.out.printf(
                Locale.ROOT,
                "| %s | %,.0f | %s | %s | %s |%n",
                name,
                changes.size() / (total / 1e9),
                stories ? String.format(Locale.ROOT, "%.0f", assigning / 1e3 / changes.size()) : "",
                stories ? String.format(Locale.ROOT, "%.0f%%", 100.0 * assigning / total) : "",
                stories ? String.format(Locale.ROOT, "%d of %d", joined, changes.size() / 4) : "");
    }

    /** Every fourth article a copy of one of the 2,000 before it; the rest originals. */
    private List<ArticleChange.Publish> changes(int count) {
        List<ArticleEnriched> made = new ArrayList<>(count);
        Random random = new Random(11);
        for (int n = 0; n < count; n++) {
            Instant published = START.plusMillis(WINDOW_MILLIS * n / count);
            if (n % 4 == 3) {
                int original = n - 1 - random.nextInt(Math.min(n, 2000));
                while (original % 4 == 3) {
                    original--;
                }
                made.add(copy(made.get(original), random, published));
            } else {
                made.add(original(n, random, published));
            }
        }
        List<ArticleChange.Publish> changes = new ArrayList<>(count);
        for (ArticleEnriched article : made) {
            changes.add(ArticleChange.publish(article, EventJson.mapper().writeValueAsBytes(article)));
        }
        return changes;
    }

    private ArticleEnriched original(int n, Random random, Instant published) {
        ArticleEnriched article = articles.article(n);
        return with(
                article,
                article.articleId(),
                article.source(),
                article.zones(),
                HexFormat.of().toHexDigits(random.nextLong()),
                published);
    }

    private static ArticleEnriched copy(ArticleEnriched original, Random random, Instant published) {
        long fingerprint = HexFormat.fromHexDigitsToLong(original.fingerprint());
        for (int flips = 3 + random.nextInt(10); flips > 0; flips--) {
            fingerprint ^= 1L << random.nextInt(64);
        }
        List<Zone> zones = new ArrayList<>();
        for (Zone zone : original.zones()) {
            String text = zone.text();
            if (zone.name() == ZoneName.HEADLINE) {
                text = "Update: " + text;
            } else if (zone.name() == ZoneName.BODY) {
                text = "LONDON (Wire) - " + text.substring(0, text.lastIndexOf(". ", text.length() - 2) + 1);
            }
            zones.add(new Zone(zone.name(), text));
        }
        return with(
                original,
                original.articleId() + "-copy-of-" + random.nextInt(1_000_000),
                "wire-site-" + random.nextInt(20),
                zones,
                HexFormat.of().toHexDigits(fingerprint),
                published);
    }

    private static String originalOf(String copyId) {
        return copyId.substring(0, copyId.indexOf("-copy-of-"));
    }

    private static ArticleEnriched with(
            ArticleEnriched article,
            String articleId,
            String source,
            List<Zone> zones,
            String fingerprint,
            Instant published) {
        return new ArticleEnriched(
                articleId,
                article.version(),
                article.enrichmentRevision(),
                source,
                articleId,
                "https://bench.newsflow.dev/" + articleId,
                null,
                zones.get(0).text(),
                published,
                article.language(),
                article.contentHash(),
                fingerprint,
                zones,
                article.entities(),
                article.provenance(),
                published.plusSeconds(60),
                published.plusSeconds(61));
    }

    private static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
