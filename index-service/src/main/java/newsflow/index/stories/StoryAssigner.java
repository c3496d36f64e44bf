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
import newsflow.index.store.TimeWindow;
import newsflow.support.stories.StoryCandidate;
import newsflow.support.stories.StoryRules;
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
        this(store, properties.stories().rules());
    }

    /** An assigner by these rules, outside Spring (the clustering evaluation tries several). */
    public StoryAssigner(ArticleStore store, StoryRules rules) {
        this.store = store;
        this.rules = rules;
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
            Optional<Long> fingerprint = StoryRules.parseFingerprint(article.fingerprint());
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
        List<StoryCandidate> stored = this.store.storyCandidates(probe(self));
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
    public static Set<String> entityIds(ArticleEnriched article) {
        Set<String> ids = new LinkedHashSet<>();
        for (Entity entity : IndexedEntities.of(article.entities())) {
            ids.add(entity.id());
        }
        return ids;
    }
}
