package newsflow.enrich.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.contract.Entity;
import newsflow.contract.Mention;
import newsflow.enrich.evaluation.DevSet.Article;
import newsflow.enrich.tagging.EntityTagger;
import newsflow.enrich.tagging.TaggingDeadline;

/**
 * Whether the tagger gives an entity the same id in every language version of a story (the parallel set: one story
 * in English, German, French and Spanish, ids "par-NN-xx"): for each entity of the gold standard that the tagger
 * finds, by the exact span of one of its mentions, in two or more versions, the ids it gives there.
 */
final class ParallelConsistency {

    /** How many entities were found in two or more versions, and those with one id in all of them. */
    record Result(int foundInSeveral, int sameId, List<String> differences) {}

    private ParallelConsistency() {}

    static Result measure(EntityTagger tagger, List<Article> articles) {
        Map<String, Map<String, Set<String>>> idsByStoryAndEntity = new HashMap<>();
        Map<String, Map<String, Integer>> versionsFound = new HashMap<>();
        for (Article article : articles) {
            String story = article.id().substring(0, article.id().lastIndexOf('-'));
            List<Entity> found = tagger.tag(article.zones(), article.languageOr("en"), TaggingDeadline.NONE)
                    .entities();
            for (DevSet.GoldEntity gold : article.entities()) {
                Set<String> ids = new HashSet<>();
                for (DevSet.GoldMention mention : gold.mentions()) {
                    for (Entity entity : found) {
                        for (Mention m : entity.mentions()) {
                            if (m.zone() == mention.zone()
                                    && m.start() == mention.start()
                                    && m.end() == mention.end()) {
                                ids.add(entity.id());
                            }
                        }
                    }
                }
                if (!ids.isEmpty()) {
                    idsByStoryAndEntity
                            .computeIfAbsent(story, key -> new HashMap<>())
                            .computeIfAbsent(gold.id(), key -> new HashSet<>())
                            .addAll(ids);
                    versionsFound.computeIfAbsent(story, key -> new HashMap<>()).merge(gold.id(), 1, Integer::sum);
                }
            }
        }
        int several = 0;
        int same = 0;
        List<String> differences = new ArrayList<>();
        for (var story : versionsFound.entrySet()) {
            for (var entity : story.getValue().entrySet()) {
                if (entity.getValue() < 2) {
                    continue;
                }
                several++;
                Set<String> ids = idsByStoryAndEntity.get(story.getKey()).get(entity.getKey());
                if (ids.size() == 1) {
                    same++;
                } else {
                    differences.add(story.getKey() + " " + entity.getKey() + " tagged as " + ids);
                }
            }
        }
        return new Result(several, same, differences);
    }
}
