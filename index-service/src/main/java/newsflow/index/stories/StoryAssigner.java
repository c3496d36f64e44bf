package newsflow.index.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
import newsflow.index.store.TimeWindow;
import newsflow.index.store.search.IndexedEntities;
import newsflow.support.stories.StoryCandidate;
import newsflow.support.stories.StoryRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Gives each article of a batch its story before the batch is written: the story of the stored article it is a copy
 * of ({@link StoryRules}), found through the store's near-neighbour index of fingerprint bands and sentences
 * ({@link newsflow.support.stories.StorySentences}), or of an earlier article of the same batch; else a story of its
 * own, named by its article id. An article the store already holds
 * keeps its story through new versions and re-tags, so a story id, once given, does not move. An article without a
 * fingerprint is a story of its own.
 */
@Component
public class StoryAssigner {

    private final ArticleStore store;
    private final StoryRules rules;

    @Autowired
    public StoryAssigner(ArticleStore store, IndexProperties properties) {
        this(store, properties.stories().rules());
    }

    /** An assigner by these rules, outside Spring (the clustering evaluation tries several). */
    public StoryAssigner(ArticleStore store, StoryRules rules) {
        this.store = store;
        this.rules = rules;
    }

    /** The changes, each article with its story; retractions as they are. */
    public List<ArticleChange> assign(List<? extends ArticleChange> changes) {
        var batch = new BatchIndex();
        Map<String, String> storyInBatch = new HashMap<>();
        List<ArticleChange> assigned = new ArrayList<>(changes.size());
        for (ArticleChange change : changes) {
            if (!(change instanceof ArticleChange.Publish publish)) {
                assigned.add(change);
                continue;
            }
            ArticleEnriched article = publish.article();
            Optional<StoryCandidate> self = StoryRules.parseFingerprint(article.fingerprint())
                    .map(fingerprint -> candidate(article, article.articleId(), fingerprint));
            String story = storyInBatch.get(article.articleId());
            if (story == null) {
                story = self.flatMap(candidate -> storyOf(candidate, batch)).orElse(article.articleId());
            }
            storyInBatch.put(article.articleId(), story);
            String storyId = story;
            self.ifPresent(candidate -> batch.add(candidate.inStory(storyId)));
            assigned.add(publish.withStory(storyId));
        }
        return assigned;
    }

    private Optional<String> storyOf(StoryCandidate self, BatchIndex batch) {
        List<StoryCandidate> stored = this.store.storyCandidates(probe(self));
        for (StoryCandidate candidate : stored) {
            if (candidate.articleId().equals(self.articleId())) {
                return Optional.of(candidate.storyId());
            }
        }
        List<StoryCandidate> candidates = new ArrayList<>(stored);
        candidates.addAll(batch.sharingAKeyWith(self));
        return this.rules.storyOf(self, candidates);
    }

    private static StoryCandidate candidate(ArticleEnriched article, String storyId, long fingerprint) {
        return StoryCandidate.of(article, storyId, fingerprint, entityIds(article));
    }

    /** What to ask the store for this article: copies published within the window before or after it. */
    private StoryProbe probe(StoryCandidate article) {
        Instant publishedAt = article.publishedAt();
        return new StoryProbe(
                article.articleId(),
                article.fingerprint(),
                article.sentences(),
                this.rules.maxDistance(),
                this.rules.minSharedSentences(),
                new TimeWindow(
                        publishedAt.minus(this.rules.window()),
                        publishedAt.plus(this.rules.window()).plusMillis(1)));
    }

    /** The entities the story rules compare: those mentioned outside boilerplate, as the store indexes them. */
    private static Set<String> entityIds(ArticleEnriched article) {
        Set<String> ids = new LinkedHashSet<>();
        for (Entity entity : IndexedEntities.of(article.entities())) {
            ids.add(entity.id());
        }
        return ids;
    }

    /**
     * The articles of the batch given their stories so far, by the same keys as the store's near-neighbour index
     * (fingerprint bands and sentences), so that an article is compared with the few that share a key, not with
     * every article before it in the batch.
     */
    private static final class BatchIndex {

        private final Map<Object, List<StoryCandidate>> byKey = new HashMap<>();

        void add(StoryCandidate candidate) {
            keys(candidate)
                    .forEach(key ->
                            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate));
        }

        Collection<StoryCandidate> sharingAKeyWith(StoryCandidate article) {
            Set<StoryCandidate> found = Collections.newSetFromMap(new IdentityHashMap<>());
            keys(article).forEach(key -> found.addAll(byKey.getOrDefault(key, List.of())));
            return found;
        }

        private static List<Object> keys(StoryCandidate candidate) {
            List<Object> keys = new ArrayList<>(StoryBands.of(candidate.fingerprint()));
            keys.addAll(candidate.sentences());
            return keys;
        }
    }
}
