package newsflow.dashboard.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.Entity;
import newsflow.support.stories.StoryCandidate;
import newsflow.support.stories.StoryRules;

/**
 * The entities of the articles the pipeline enriched in the last hour, by number of stories: what is flowing through
 * the pipeline now, whatever the articles' publication dates. Copies of one story on several sites count once, as
 * index-service counts them: an article joins the story of an earlier article of the hour that it is a copy of by
 * index-service's default {@link StoryRules}, found through the sentences they share. Bounded; thread-safe.
 */
public final class RecentEntities {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final int capacity;
    private final Deque<Seen> seen = new ArrayDeque<>();
    /** The articles held, by the hashes of their sentences: where a new article looks for what it is a copy of. */
    private final Map<Long, List<Seen>> bySentence = new HashMap<>();

    public RecentEntities(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(ArticleEnriched article) {
        Set<String> entityIds = new LinkedHashSet<>();
        article.entities().forEach(entity -> entityIds.add(entity.id()));
        long fingerprint = StoryRules.parseFingerprint(article.fingerprint()).orElse(0L);
        StoryCandidate self = StoryCandidate.of(article, article.articleId(), fingerprint, entityIds);
        StoryCandidate candidate = self.inStory(storyOf(self));
        Seen added = new Seen(article.enrichedAt(), candidate, counts(article.entities()));
        seen.addLast(added);
        candidate
                .sentences()
                .forEach(sentence -> bySentence
                        .computeIfAbsent(sentence, key -> new ArrayList<>())
                        .add(added));
        while (seen.size() > capacity) {
            forget(seen.removeFirst());
        }
    }

    /** The most mentioned entities of the articles enriched in the hour before {@code now}, by stories, most first. */
    public synchronized List<EntityCount> top(Instant now, int limit) {
        Instant since = now.minus(WINDOW);
        Map<String, EntityCount> counts = new HashMap<>();
        Map<String, Set<String>> stories = new HashMap<>();
        for (Seen article : seen) {
            if (article.enrichedAt().isAfter(since)) {
                for (EntityCount entity : article.entities()) {
                    counts.merge(entity.id(), entity, EntityCount::plusOne);
                    stories.computeIfAbsent(entity.id(), id -> new HashSet<>())
                            .add(article.story().storyId());
                }
            }
        }
        return counts.values().stream()
                .map(count -> count.withStories(stories.get(count.id()).size()))
                .sorted(Comparator.comparingLong(EntityCount::stories)
                        .thenComparingLong(EntityCount::articles)
                        .reversed()
                        .thenComparing(EntityCount::id))
                .limit(limit)
                .toList();
    }

    /** The story of the earliest held article the new one is a copy of (one sharing a sentence with it), or its own. */
    private String storyOf(StoryCandidate article) {
        Set<Seen> sharing = new LinkedHashSet<>();
        article.sentences().forEach(sentence -> sharing.addAll(bySentence.getOrDefault(sentence, List.of())));
        List<StoryCandidate> candidates = sharing.stream().map(Seen::story).toList();
        return StoryRules.DEFAULTS.storyOf(article, candidates).orElse(article.articleId());
    }

    private void forget(Seen article) {
        for (Long sentence : article.story().sentences()) {
            List<Seen> holders = bySentence.get(sentence);
            if (holders != null) {
                holders.remove(article);
                if (holders.isEmpty()) {
                    bySentence.remove(sentence);
                }
            }
        }
    }

    private static List<EntityCount> counts(List<Entity> entities) {
        return entities.stream()
                .map(entity ->
                        new EntityCount(entity.id(), entity.type().name(), entity.name(), entity.wikidataId(), 1, 1))
                .toList();
    }

    /**
     * An entity, the number of recent articles that mention it, and the number of stories those articles are copies
     * in.
     *
     * @param wikidataId its Wikidata item id ({@code Q458}) where one of those articles gives it; null when none does
     *                   (and then absent from the JSON)
     */
    public record EntityCount(String id, String type, String name, String wikidataId, long articles, long stories) {

        EntityCount plusOne(EntityCount another) {
            return new EntityCount(
                    id, type, name, wikidataId != null ? wikidataId : another.wikidataId, articles + 1, stories);
        }

        EntityCount withStories(long count) {
            return new EntityCount(id, type, name, wikidataId, articles, count);
        }
    }

    private record Seen(Instant enrichedAt, StoryCandidate story, List<EntityCount> entities) {}
}
