package newsflow.launcher.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsflow.contract.ArticleEnriched;
import newsflow.enrich.pipeline.ArticleEnrichment;
import newsflow.enrich.tagging.EntityTagger;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.lucene.LuceneArticleStore;
import newsflow.index.stories.StoryAssigner;
import newsflow.ingest.pipeline.ArticleIngestion;
import newsflow.ingest.pipeline.IngestOutcome;
import newsflow.support.stories.StoryRules;

/**
 * Scores story clustering on the {@link StorySet} through the whole path: each article is cleaned and fingerprinted
 * by ingest, tagged by the tagger, then given its story by index-service's {@link StoryAssigner} and written to a
 * real Lucene store, one at a time in order of publication (as a feed brings them). Precision and recall are of
 * same-story pairs: a pair of articles the set puts in one story, found in one story.
 */
final class StoryClustering {

    /** An article of the set as the index receives it. */
    record Enriched(StorySet.Item item, ArticleEnriched article) {}

    /** Same-story pairs: in the set, found, and both. */
    record Score(
            int articles,
            long goldPairs,
            long foundPairs,
            long truePairs,
            List<String> errors,
            Map<String, String> stories) {

        /** The story the rules gave an article. */
        String storyOf(String articleId) {
            return stories.get(articleId);
        }

        double precision() {
            return foundPairs == 0 ? 1 : (double) truePairs / foundPairs;
        }

        double recall() {
            return goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private StoryClustering() {}

    /** The set's articles cleaned and tagged, in order of publication. */
    static List<Enriched> enrich(EntityTagger tagger, List<StorySet.Item> items) {
        var ingestion = ArticleIngestion.withDefaults(8L * 1024 * 1024);
        var enrichment = new ArticleEnrichment(tagger, Clock.systemUTC(), Duration.ofMinutes(1));
        List<Enriched> enriched = new ArrayList<>();
        for (StorySet.Item item : items) {
            IngestOutcome outcome = ingestion.ingest(item.article(), Instant.parse("2026-12-01T00:00:00Z"));
            if (!(outcome instanceof IngestOutcome.Accepted accepted)) {
                throw new IllegalStateException("ingest does not accept " + item.id() + ": " + outcome);
            }
            enriched.add(new Enriched(item, enrichment.enrich(accepted.article())));
        }
        enriched.sort(Comparator.comparing((Enriched e) -> e.article().publishedAt())
                .thenComparing(e -> e.article().articleId()));
        return enriched;
    }

    /** Gives the articles their stories by these rules in a new store in {@code folder}, and scores the pairs. */
    static Score score(List<Enriched> articles, StoryRules rules, Path folder) {
        Map<String, String> found = new HashMap<>();
        try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
            var stories = new StoryAssigner(store, rules);
            for (Enriched enriched : articles) {
                List<ArticleChange> assigned = stories.assign(List.of(ArticleChange.publish(enriched.article())));
                store.write(assigned);
                found.put(enriched.article().articleId(), ((ArticleChange.Publish) assigned.get(0)).storyId());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return pairs(articles, found);
    }

    private static Score pairs(List<Enriched> articles, Map<String, String> found) {
        long gold = 0;
        long foundPairs = 0;
        long both = 0;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Enriched a = articles.get(i);
                Enriched b = articles.get(j);
                boolean inGold = a.item().goldStory().equals(b.item().goldStory());
                boolean inFound = found.get(a.article().articleId())
                        .equals(found.get(b.article().articleId()));
                gold += inGold ? 1 : 0;
                foundPairs += inFound ? 1 : 0;
                both += inGold && inFound ? 1 : 0;
                if (inGold != inFound) {
                    errors.add((inGold ? "missed  " : "wrong   ") + a.item().id() + " ("
                            + a.item().kind() + ") ~ "
                            + b.item().id() + " (" + b.item().kind() + ") distance "
                            + distance(a.article(), b.article()));
                }
            }
        }
        return new Score(articles.size(), gold, foundPairs, both, errors, Map.copyOf(found));
    }

    static int distance(ArticleEnriched a, ArticleEnriched b) {
        return Long.bitCount(Long.parseUnsignedLong(a.fingerprint(), 16) ^ Long.parseUnsignedLong(b.fingerprint(), 16));
    }
}
