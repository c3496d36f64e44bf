package newsflow.launcher.evaluation;

import java.io.PrintStream;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.Mention;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.enrich.pipeline.ArticleEnrichment;
import newsflow.enrich.tagging.EntityTagger;
import newsflow.enrich.tagging.crf.CrfGazetteerTagger;
import newsflow.enrich.tagging.gazetteer.Gazetteer;
import newsflow.ingest.pipeline.ArticleIngestion;
import newsflow.ingest.pipeline.IngestOutcome;

/**
 * Scores the whole path, ingest's cleaning and the tagger, on the annotated web pages: typed mentions (each
 * mention's text and type, counted as often as they occur), entities (each page's set of canonical id and type), and
 * mentions taken from furniture (a mention on a line of the cleaned text that is, or is part of, a furniture item
 * the annotator listed; a headline only where it holds one). Run it with {@code mvn -pl launcher test-compile exec:exec@score-websets}, and on the
 * held-out pages with {@code -Dwebset=/websets/webheldout.jsonl}.
 */
final class WebSetScorer {

    /** A score's counts per type. */
    static final class Counts {

        private final Map<EntityType, long[]> byType = new HashMap<>();

        void add(EntityType type, long gold, long found, long correct) {
            long[] counts = byType.computeIfAbsent(type, key -> new long[3]);
            counts[0] += gold;
            counts[1] += found;
            counts[2] += correct;
        }

        /** Gold, found and correct, for one type or all (null). */
        long[] of(EntityType type) {
            if (type != null) {
                return byType.getOrDefault(type, new long[3]);
            }
            long[] all = new long[3];
            byType.values().forEach(counts -> {
                for (int i = 0; i < 3; i++) {
                    all[i] += counts[i];
                }
            });
            return all;
        }

        double f1(EntityType type) {
            long[] c = of(type);
            double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
            double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The scores of a set of pages and the errors behind them. */
    record Evaluation(
            int pages,
            Counts mentions,
            Counts entities,
            Counts knownNames,
            List<String> furnitureMentions,
            List<String> textCut,
            List<String> errors) {}

    private record Typed(String text, EntityType type) {}

    private WebSetScorer() {}

    public static void main(String[] args) {
        String resource = args.length > 0 ? args[0] : WebSet.DEV;
        EntityTagger tagger = CrfGazetteerTagger.load(CrfGazetteerTagger.DEFAULT_MODEL);
        System.out.println(resource);
        print(evaluate(tagger, WebSet.load(resource)), System.out);
    }

    static Evaluation evaluate(EntityTagger tagger, List<WebSet.Page> pages) {
        return evaluate(tagger, pages, Gazetteer.load());
    }

    /**
     * @param gazetteer the names the tagger knows, for the second entity count: a gold entity also counts as found
     *                  where the gazetteers resolve its canonical name to the id the tagger gave (gold "Hull City",
     *                  org:hull-city; the tagger org:hull-city-afc, whose aliases include "Hull City")
     */
    static Evaluation evaluate(EntityTagger tagger, List<WebSet.Page> pages, Gazetteer gazetteer) {
        var ingestion = ArticleIngestion.withDefaults(8L * 1024 * 1024);
        var enrichment = new ArticleEnrichment(tagger, Clock.systemUTC(), Duration.ofMinutes(1));
        var mentions = new Counts();
        var entities = new Counts();
        var knownNames = new Counts();
        List<String> furniture = new ArrayList<>();
        List<String> textCut = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (WebSet.Page page : pages) {
            IngestOutcome outcome = ingestion.ingest(page.article(), Instant.parse("2026-12-01T00:00:00Z"));
            ArticleEnriched enriched = enrichment.enrich(((IngestOutcome.Accepted) outcome).article());
            compareMentions(page, enriched, mentions, errors);
            compareEntities(page, enriched, entities, errors);
            compareKnownNames(page, enriched, knownNames, gazetteer);
            furniture.addAll(fromFurniture(page, enriched));
            textCut.addAll(textCutAsFurniture(page, enriched));
        }
        return new Evaluation(pages.size(), mentions, entities, knownNames, furniture, textCut, errors);
    }

    private static void compareMentions(
            WebSet.Page page, ArticleEnriched enriched, Counts counts, List<String> errors) {
        Map<Typed, Integer> gold = new HashMap<>();
        page.entities()
                .forEach(entity -> entity.mentions()
                        .forEach(text -> gold.merge(new Typed(normal(text), entity.type()), 1, Integer::sum)));
        Map<Typed, Integer> found = new HashMap<>();
        enriched.entities()
                .forEach(entity -> entity.mentions()
                        .forEach(mention ->
                                found.merge(new Typed(normal(mention.text()), entity.type()), 1, Integer::sum)));
        Set<Typed> all = new HashSet<>(gold.keySet());
        all.addAll(found.keySet());
        for (Typed typed : all) {
            int g = gold.getOrDefault(typed, 0);
            int f = found.getOrDefault(typed, 0);
            counts.add(typed.type(), g, f, Math.min(g, f));
            if (g != f) {
                errors.add(String.format(
                        Locale.ROOT,
                        "%s  mention %-12s %-36s gold %d, found %d",
                        page.id(),
                        typed.type(),
                        "'" + typed.text() + "'",
                        g,
                        f));
            }
        }
    }

    private static void compareEntities(
            WebSet.Page page, ArticleEnriched enriched, Counts counts, List<String> errors) {
        Set<List<Object>> gold = new HashSet<>();
        page.entities().forEach(entity -> gold.add(List.of(entity.id(), entity.type())));
        Set<List<Object>> found = new HashSet<>();
        enriched.entities().forEach(entity -> found.add(List.of(entity.id(), entity.type())));
        for (List<Object> entity : gold) {
            boolean hit = found.contains(entity);
            counts.add((EntityType) entity.get(1), 1, 0, hit ? 1 : 0);
            if (!hit) {
                errors.add(page.id() + "  missing  entity " + entity.get(1) + " " + entity.get(0));
            }
        }
        for (List<Object> entity : found) {
            counts.add((EntityType) entity.get(1), 0, 1, 0);
            if (!gold.contains(entity)) {
                errors.add(page.id() + "  extra    entity " + entity.get(1) + " " + entity.get(0));
            }
        }
    }

    /** As the entity count, with a gold entity also found where the gazetteers name the found id by its name. */
    private static void compareKnownNames(
            WebSet.Page page, ArticleEnriched enriched, Counts counts, Gazetteer gazetteer) {
        Set<List<Object>> found = new HashSet<>();
        enriched.entities().forEach(entity -> found.add(List.of(entity.id(), entity.type())));
        Set<List<Object>> matched = new HashSet<>();
        for (WebSet.GoldEntity entity : page.entities()) {
            List<Object> same = List.of(entity.id(), entity.type());
            List<Object> named = gazetteer
                    .lookup(entity.name())
                    .<List<Object>>map(known -> List.of(known.id(), entity.type()))
                    .orElse(same);
            List<Object> hit = found.contains(same) ? same : found.contains(named) ? named : null;
            counts.add(entity.type(), 1, 0, hit != null && matched.add(hit) ? 1 : 0);
        }
        found.forEach(entity -> counts.add((EntityType) entity.get(1), 0, 1, 0));
    }

    /**
     * Each found mention whose line of the cleaned text is furniture the annotator listed: the line holds an item, or
     * is part of one. Not the headline as part of an item: an HTML page's {@code <title>} is furniture that holds the
     * headline and the site's name ("Chitral's snow leopards counted one whisker at a time | Karakoram Field Notes"),
     * and the {@code <h1>} it repeats is the article's.
     */
    private static List<String> fromFurniture(WebSet.Page page, ArticleEnriched enriched) {
        List<String> furniture =
                page.furniture().stream().map(WebSetScorer::normal).toList();
        Map<ZoneName, String> texts = new HashMap<>();
        for (Zone zone : enriched.zones()) {
            texts.putIfAbsent(zone.name(), zone.text());
        }
        List<String> taken = new ArrayList<>();
        for (Entity entity : enriched.entities()) {
            for (Mention mention : entity.mentions()) {
                String text = texts.get(mention.zone());
                int lineStart = text.lastIndexOf('\n', mention.start() - 1) + 1;
                int lineEnd = text.indexOf('\n', mention.end());
                String line = normal(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
                boolean headline = mention.zone() == ZoneName.HEADLINE;
                if (furniture.stream().anyMatch(item -> !headline && item.contains(line) || line.contains(item))) {
                    taken.add(page.id() + "  " + entity.type() + " '" + mention.text() + "' from furniture: " + line);
                }
            }
        }
        return taken;
    }

    /**
     * Each line the cleaner put in BOILERPLATE that is no furniture item the annotator listed and holds a gold mention:
     * article text lost to a furniture rule.
     */
    private static List<String> textCutAsFurniture(WebSet.Page page, ArticleEnriched enriched) {
        List<String> furniture =
                page.furniture().stream().map(WebSetScorer::normal).toList();
        List<String> mentions = page.entities().stream()
                .flatMap(entity -> entity.mentions().stream())
                .map(WebSetScorer::normal)
                .toList();
        List<String> cut = new ArrayList<>();
        for (Zone zone : enriched.zones()) {
            if (zone.name() != ZoneName.BOILERPLATE) {
                continue;
            }
            for (String raw : zone.text().split("\n")) {
                String line = normal(raw);
                boolean listed = furniture.stream().anyMatch(item -> item.contains(line) || line.contains(item));
                boolean named = mentions.stream().anyMatch(line::contains);
                if (!listed && named) {
                    cut.add(page.id() + "  " + line);
                }
            }
        }
        return cut;
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip();
    }

    static void print(Evaluation evaluation, PrintStream out) {
        out.printf(Locale.ROOT, "%d pages%n%n", evaluation.pages());
        out.println("| type | mentions P | R | F1 | gold | entities P | R | F1 | gold |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (EntityType type : EntityType.values()) {
            row(type.name(), type, evaluation, out);
        }
        row("all (micro)", null, evaluation, out);
        long[] k = evaluation.knownNames().of(null);
        out.printf(
                Locale.ROOT,
                "%nEntities, where a gold name the gazetteers resolve to the found id also counts "
                        + "(gold 'Hull City' for org:hull-city-afc): P %.3f R %.3f F1 %.3f%n",
                ratio(k[2], k[1]),
                ratio(k[2], k[0]),
                evaluation.knownNames().f1(null));
        out.printf(
                "%nMentions taken from furniture (%d):%n",
                evaluation.furnitureMentions().size());
        evaluation.furnitureMentions().forEach(line -> out.println("  " + line));
        out.printf(
                "%nArticle text cut as furniture: lines in BOILERPLATE, not listed as furniture, naming a gold entity"
                        + " (%d):%n",
                evaluation.textCut().size());
        evaluation.textCut().forEach(line -> out.println("  " + line));
        out.printf("%nErrors (%d):%n", evaluation.errors().size());
        evaluation.errors().stream().sorted().forEach(line -> out.println("  " + line));
    }

    private static void row(String label, EntityType type, Evaluation evaluation, PrintStream out) {
        long[] m = evaluation.mentions().of(type);
        long[] e = evaluation.entities().of(type);
        out.printf(
                Locale.ROOT,
                "| %s | %.3f | %.3f | %.3f | %d | %.3f | %.3f | %.3f | %d |%n",
                label,
                ratio(m[2], m[1]),
                ratio(m[2], m[0]),
                evaluation.mentions().f1(type),
                m[0],
                ratio(e[2], e[1]),
                ratio(e[2], e[0]),
                evaluation.entities().f1(type),
                e[0]);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
