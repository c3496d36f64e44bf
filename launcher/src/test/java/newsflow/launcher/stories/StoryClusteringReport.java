package newsflow.launcher.stories;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import newsflow.enrich.tagging.crf.CrfGazetteerTagger;
import newsflow.support.stories.StoryRules;

/**
 * Prints story clustering quality on one split of the {@link StorySet} for a grid of rules, with the fingerprint
 * distances of same-story pairs and of near misses, for tuning on the dev split and reporting on the test split:
 * {@code java -XX:-DontCompileHugeMethods -cp <launcher test classpath> newsflow.launcher.stories.StoryClusteringReport
 * dev|test}.
 */
public final class StoryClusteringReport {

    private StoryClusteringReport() {}

    public static void main(String[] args) throws Exception {
        String split = args.length > 0 ? args[0] : "dev";
        List<StoryClustering.Enriched> articles = StoryClustering.enrich(
                CrfGazetteerTagger.load(CrfGazetteerTagger.DEFAULT_MODEL), StorySet.split(StorySet.load(), split));
        System.out.printf(Locale.ROOT, "%s split: %d articles%n", split, articles.size());
        distances(articles);
        System.out.println("| max bits | min shared sentences | min sentence share | min entity overlap | precision "
                + "| recall | F1 | pairs found / in the set |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int bits : new int[] {3, 4, 5}) {
            for (int sentences : new int[] {1, 2, 3}) {
                for (double share : new double[] {0.2, 0.3, 0.5}) {
                    for (double overlap : new double[] {0, 0.3, 0.5}) {
                        Path folder = Files.createTempDirectory("stories");
                        var score = StoryClustering.score(
                                articles,
                                new StoryRules(Duration.ofHours(72), bits, sentences, share, overlap),
                                folder);
                        System.out.printf(
                                Locale.ROOT,
                                "| %d | %d | %.1f | %.1f | %.3f | %.3f | %.3f | %d / %d |%n",
                                bits,
                                sentences,
                                share,
                                overlap,
                                score.precision(),
                                score.recall(),
                                score.f1(),
                                score.foundPairs(),
                                score.goldPairs());
                    }
                }
            }
        }
        if (args.length > 1) {
            var score = StoryClustering.score(
                    articles,
                    new StoryRules(Duration.ofHours(72), 4, Integer.parseInt(args[1]), 0.3, 0.5),
                    Files.createTempDirectory("stories"));
            score.errors().forEach(System.out::println);
        }
    }

    /** How many bits apart the copies of one story are, and near misses from their originals. */
    private static void distances(List<StoryClustering.Enriched> articles) {
        Map<Integer, int[]> histogram = new TreeMap<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                var a = articles.get(i);
                var b = articles.get(j);
                int distance = StoryClustering.distance(a.article(), b.article());
                boolean same = a.item().group().equals(b.item().group());
                boolean nearMiss = "near-miss".equals(a.item().kind())
                        || "near-miss".equals(b.item().kind());
                if (same) {
                    histogram.computeIfAbsent(distance, d -> new int[2])[0]++;
                } else if (nearMiss && distance < 20) {
                    histogram.computeIfAbsent(distance, d -> new int[2])[1]++;
                }
            }
        }
        System.out.println("| bits apart | pairs of copies | near-miss pairs |");
        System.out.println("|---:|---:|---:|");
        histogram.forEach((distance, counts) ->
                System.out.printf(Locale.ROOT, "| %d | %d | %d |%n", distance, counts[0], counts[1]));
    }
}
