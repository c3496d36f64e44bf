package newsflow.index.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.Entity;
import newsflow.index.IndexProperties;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.IndexedEntities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Gives each article of a batch its story before the batch is written: the story of the stored article it is a copy
 * of ({@link StoryRules}), found through the store's near-neighbour index of fingerprint bands and sentences
 * ({@link StorySentences}), or of an earlier
 * article of the same batch; else a story of its own, named by its article id. An article the store already holds
 * keeps its story through new versions and re-tags, so a story id, once given, does not move. An article without a
 * fingerprint is a story of its own.
 */
@Component
public class StoryAssigner {

    private final ArticleStore store;
    private final StoryRules rules;

    @Autowired
    public StoryAssigner(ArticleStore store, IndexProperties properties) {
        this(store, properties.stories());
    }

    /** An assigner by these rules, outside Spring (the clustering evaluation tries several). */
    public StoryAssigner(ArticleStore store, IndexProperties.Stories rules) {
        this.store = store;
        this.rules = new StoryRules(rules);
    }

    /** The changes, each article with its story; retractions as they are. */
    public List<ArticleChange> assign(List<? extends ArticleChange> changes) {
        List<StoryCandidate> batch = new ArrayList<>();
        Map<String, String> storyInBatch = new HashMap<>();
        List<ArticleChange> assigned = new ArrayList<>(changes.size());
        for (ArticleChange change : changes) {
            if (!(change instanceof ArticleChange.Publish publish)) {
                assigned.add(change);
                continue;
            }
            ArticleEnriched article = publish.article();
            Optional<Long> fingerprint = StoryBands.fingerprint(article.fingerprint());
            String story = storyInBatch.get(article.articleId());
            if (story == null) {
                story = fingerprint
                        .flatMap(bits -> storyOf(article, bits, batch))
                        .orElse(article.articleId());
            }
            storyInBatch.put(article.articleId(), story);
            String storyId = story;
            fingerprint.ifPresent(bits -> batch.add(candidate(article, storyId, bits)));
            assigned.add(publish.withStory(storyId));
        }
        return assigned;
    }

    private Optional<String> storyOf(ArticleEnriched article, long fingerprint, List<StoryCandidate> batch) {
        StoryCandidate self = candidate(article, article.articleId(), fingerprint);
        List<StoryCandidate> stored = this.store.storyCandidates(
                this.rules.probe(article.articleId(), fingerprint, self.sentences(), self.publishedAt()));
        for (StoryCandidate candidate : stored) {
            if (candidate.articleId().equals(article.articleId())) {
                return Optional.of(candidate.storyId());
            }
        }
        List<StoryCandidate> candidates = new ArrayList<>(stored);
        candidates.addAll(batch);
        return this.rules.storyOf(self, candidates);
    }

    private static StoryCandidate candidate(ArticleEnriched article, String storyId, long fingerprint) {
        return new StoryCandidate(
                article.articleId(),
                storyId,
                fingerprint,
                timeOf(article),
                entityIds(article),
                StorySentences.of(article));
    }

    /** The time a story's window is measured by: publication, else the pipeline's own times, as stores sort by. */
    public static Instant timeOf(ArticleEnriched article) {
        if (article.publishedAt() != null) {
            return article.publishedAt();
        }
        return article.ingestedAt() != null ? article.ingestedAt() : article.enrichedAt();
    }

    /** The entities the story rules compare: those mentioned outside boilerplate, as the store indexes them. */
    public static Set<String> entityIds(ArticleEnriched article) {
        Set<String> ids = new LinkedHashSet<>();
        for (Entity entity : IndexedEntities.of(article.entities())) {
            ids.add(entity.id());
        }
        return ids;
    }
}
