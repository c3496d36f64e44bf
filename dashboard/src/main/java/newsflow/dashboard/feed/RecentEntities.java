package newsflow.dashboard.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsflow.contract.ArticleEnriched;

/**
 * The entities of the articles the pipeline enriched in the last hour, by number of articles: what is flowing
 * through the pipeline now, whatever the articles' publication dates. Bounded; thread-safe.
 */
public final class RecentEntities {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final int capacity;
    private final Deque<Seen> seen = new ArrayDeque<>();

    public RecentEntities(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(ArticleEnriched article) {
        seen.addLast(new Seen(
                article.enrichedAt(),
                article.entities().stream()
                        .map(entity -> new EntityCount(
                                entity.id(), entity.type().name(), entity.name(), entity.wikidataId(), 1))
                        .toList()));
        while (seen.size() > capacity) {
            seen.removeFirst();
        }
    }

    /** The most mentioned entities of the articles enriched in the hour before {@code now}, most first. */
    public synchronized List<EntityCount> top(Instant now, int limit) {
        Instant since = now.minus(WINDOW);
        Map<String, EntityCount> counts = new HashMap<>();
        for (Seen article : seen) {
            if (article.enrichedAt().isAfter(since)) {
                article.entities().forEach(entity -> counts.merge(entity.id(), entity, EntityCount::plusOne));
            }
        }
        return counts.values().stream()
                .sorted(Comparator.comparingLong(EntityCount::articles)
                        .reversed()
                        .thenComparing(EntityCount::id))
                .limit(limit)
                .toList();
    }

    /**
     * An entity and the number of recent articles that mention it.
     *
     * @param wikidataId its Wikidata item id ({@code Q458}) where one of those articles gives it; null when none does
     *                   (and then absent from the JSON)
     */
    public record EntityCount(String id, String type, String name, String wikidataId, long articles) {

        EntityCount plusOne(EntityCount another) {
            return new EntityCount(id, type, name, wikidataId != null ? wikidataId : another.wikidataId, articles + 1);
        }
    }

    private record Seen(Instant enrichedAt, List<EntityCount> entities) {}
}
