package newsflow.examples.subscriber;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.Entity;

/**
 * How many articles mention each entity, counting each article once, as its newest version and newest tagging say:
 * <ul>
 * <li>a new article adds one to each of its entities;</li>
 * <li>a newer version of an article, or the same version tagged again (a re-tag: the same {@code version}, a higher
 * {@code enrichmentRevision}), replaces what the article counted before;</li>
 * <li>a retraction takes the article out, and no version at or below the retracted one brings it back;</li>
 * <li>anything older than what is known (a redelivered record) changes nothing.</li>
 * </ul>
 * Not thread-safe: one consumer thread applies the records of a topic in order.
 */
public final class EntityCounts {

    private record Known(long version, int enrichmentRevision, Set<String> entityIds, boolean retracted) {}

    private final Map<String, Known> articles = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    /** Applies an enriched article; returns whether the counts changed. */
    public boolean apply(ArticleEnriched article) {
        Known known = articles.get(article.articleId());
        if (known != null && !isNewer(article, known)) {
            return false;
        }
        Set<String> entityIds = article.entities().stream().map(Entity::id).collect(Collectors.toSet());
        article.entities().forEach(entity -> names.put(entity.id(), entity.name()));
        if (known != null && !known.retracted()) {
            known.entityIds().forEach(this::decrement);
        }
        entityIds.forEach(id -> counts.merge(id, 1, Integer::sum));
        articles.put(article.articleId(), new Known(article.version(), article.enrichmentRevision(), entityIds, false));
        return !(known != null && !known.retracted() && known.entityIds().equals(entityIds));
    }

    /** Applies a retraction; returns whether the counts changed. */
    public boolean apply(ArticleRetracted retraction) {
        Known known = articles.get(retraction.articleId());
        if (known != null && (known.version() > retraction.version() || known.retracted())) {
            return false;
        }
        if (known != null) {
            known.entityIds().forEach(this::decrement);
        }
        articles.put(retraction.articleId(), new Known(retraction.version(), 0, Set.of(), true));
        return known != null && !known.entityIds().isEmpty();
    }

    /** How many current articles mention the entity. */
    public int count(String entityId) {
        return counts.getOrDefault(entityId, 0);
    }

    /** The entity's canonical name, as the pipeline last gave it. */
    public String name(String entityId) {
        return names.getOrDefault(entityId, entityId);
    }

    /** The {@code limit} most mentioned entities, by count, then id. */
    public Map<String, Integer> top(int limit) {
        List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .toList();
        Map<String, Integer> top = new LinkedHashMap<>();
        sorted.forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        return top;
    }

    private static boolean isNewer(ArticleEnriched article, Known known) {
        if (article.version() != known.version()) {
            return article.version() > known.version();
        }
        return !known.retracted() && article.enrichmentRevision() > known.enrichmentRevision();
    }

    private void decrement(String entityId) {
        counts.computeIfPresent(entityId, (id, count) -> count > 1 ? count - 1 : null);
    }
}
