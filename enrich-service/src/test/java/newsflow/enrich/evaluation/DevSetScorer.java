package newsflow.enrich.evaluation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.Mention;
import newsflow.contract.Provenance;
import newsflow.contract.ZoneName;
import newsflow.enrich.evaluation.DevSet.Article;
import newsflow.enrich.tagging.EntityTagger;
import newsflow.enrich.tagging.Tagging;
import newsflow.enrich.tagging.TaggingDeadline;
import newsflow.enrich.tagging.crf.CrfGazetteerTagger;

/**
 * Scores the tagger on the development set: per-type precision, recall and F1 of exact mention spans (zone, start,
 * end and type must all match) and of canonical ids per article (the set of entity ids, with their types, an
 * article has), micro-averaged, then every error. Run it with
 * {@code mvn -B -q -o -pl enrich-service test-compile exec:exec@score-devset}, and on the held-out texts with
 * {@code -Ddevset=/devset/heldout.jsonl}.
 */
public final class DevSetScorer {

    /** What the tagger got right and wrong on the dev set. */
    record Evaluation(int articles, Counts mentions, Counts ids, List<String> errors, Provenance provenance) {}

    private record Found(ZoneName zone, int start, int end, EntityType type, String text) {}

    private record Id(String id, EntityType type) {}

    private DevSetScorer() {}

    /**
     * Scores the dev set, or the annotated set named as the first argument (a test classpath resource), in the
     * language of the second argument (English by default) unless an article names its own.
     */
    public static void main(String[] args) {
        String resource = args.length > 0 ? args[0] : DevSet.RESOURCE;
        String language = args.length > 1 ? args[1] : "en";
        EntityTagger tagger = CrfGazetteerTagger.load(CrfGazetteerTagger.DEFAULT_MODEL);
        System.out.println(resource + " (" + language + ")");
        print(evaluate(tagger, DevSet.load(resource), language), System.out);
        if (resource.contains("parallel")) {
            var consistency = ParallelConsistency.measure(tagger, DevSet.load(resource));
            System.out.printf(
                    "%nEntities found in two or more language versions of a story: %d; with the same id in "
                            + "all of them: %d%n",
                    consistency.foundInSeveral(), consistency.sameId());
            consistency.differences().forEach(line -> System.out.println("  " + line));
        }
    }

    static Evaluation evaluate(EntityTagger tagger, List<Article> articles) {
        return evaluate(tagger, articles, "en");
    }

    static Evaluation evaluate(EntityTagger tagger, List<Article> articles, String language) {
        Counts mentions = new Counts();
        Counts ids = new Counts();
        List<String> errors = new ArrayList<>();
        Provenance provenance = null;
        for (Article article : articles) {
            Tagging tagging = tagger.tag(article.zones(), article.languageOr(language), TaggingDeadline.NONE);
            provenance = tagging.provenance();
            compare(article.id(), goldMentions(article), foundMentions(tagging.entities()), mentions, errors);
            compare(article.id(), goldIds(article), foundIds(tagging.entities()), ids, errors);
        }
        return new Evaluation(articles.size(), mentions, ids, errors, provenance);
    }

    private static <T> void compare(String articleId, Set<T> gold, Set<T> found, Counts counts, List<String> errors) {
        for (T item : found) {
            if (gold.contains(item)) {
                counts.truePositive(typeOf(item));
            } else {
                counts.falsePositive(typeOf(item));
                errors.add(articleId + "  extra    " + describe(item));
            }
        }
        for (T item : gold) {
            if (!found.contains(item)) {
                counts.falseNegative(typeOf(item));
                errors.add(articleId + "  missing  " + describe(item));
            }
        }
    }

    private static Set<Found> goldMentions(Article article) {
        Set<Found> gold = new HashSet<>();
        article.entities()
                .forEach(entity -> entity.mentions()
                        .forEach(mention -> gold.add(new Found(
                                mention.zone(), mention.start(), mention.end(), entity.type(), mention.text()))));
        return gold;
    }

    private static Set<Found> foundMentions(List<Entity> entities) {
        Set<Found> found = new HashSet<>();
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                found.add(new Found(mention.zone(), mention.start(), mention.end(), entity.type(), mention.text()));
            }
        }
        return found;
    }

    private static Set<Id> goldIds(Article article) {
        Set<Id> gold = new HashSet<>();
        article.entities().forEach(entity -> gold.add(new Id(entity.id(), entity.type())));
        return gold;
    }

    private static Set<Id> foundIds(List<Entity> entities) {
        Set<Id> found = new HashSet<>();
        entities.forEach(entity -> found.add(new Id(entity.id(), entity.type())));
        return found;
    }

    private static EntityType typeOf(Object item) {
        return item instanceof Found found ? found.type() : ((Id) item).type();
    }

    private static String describe(Object item) {
        if (item instanceof Found found) {
            return String.format(
                    Locale.ROOT,
                    "mention %-12s %-32s %s %d..%d",
                    found.type(),
                    "'" + found.text() + "'",
                    found.zone(),
                    found.start(),
                    found.end());
        }
        Id id = (Id) item;
        return String.format(Locale.ROOT, "id      %-12s %s", id.type(), id.id());
    }

    static void print(Evaluation evaluation, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "newsflow dev set: %d articles; %s %s, models %s, gazetteers %s%n%n",
                evaluation.articles(),
                evaluation.provenance().tagger(),
                evaluation.provenance().taggerVersion(),
                evaluation.provenance().models(),
                evaluation.provenance().gazetteerVersion());
        out.println("| type | mentions P | R | F1 | gold mentions | ids P | R | F1 | gold ids |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (EntityType type : EntityType.values()) {
            row(type.name(), evaluation.mentions().score(type), evaluation.ids().score(type), out);
        }
        row("all (micro)", evaluation.mentions().score(null), evaluation.ids().score(null), out);
        out.printf("%nErrors (%d):%n", evaluation.errors().size());
        evaluation.errors().forEach(error -> out.println("  " + error));
    }

    private static void row(String label, Counts.Score mentions, Counts.Score ids, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "| %s | %.3f | %.3f | %.3f | %d | %.3f | %.3f | %.3f | %d |%n",
                label,
                mentions.precision(),
                mentions.recall(),
                mentions.f1(),
                mentions.gold(),
                ids.precision(),
                ids.recall(),
                ids.f1(),
                ids.gold());
    }
}
