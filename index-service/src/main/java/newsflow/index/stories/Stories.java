package newsflow.index.stories;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.search.ArticleHit;
import newsflow.index.store.search.ArticleQuery;
import newsflow.index.store.search.ArticleSort;
import newsflow.index.store.search.EntitySummary;
import newsflow.index.store.search.SearchPage;
import org.springframework.stereotype.Service;

/**
 * Reads stories from the store. A story matches a search when any of its copies does, with the filters of an article
 * search; stories come in the order of their best-placed matching copy (the newest, with the default order), each with
 * all its copies, matching or not.
 */
@Service
public class Stories {

    /** The most copies a story lists; {@link Story#copies()} counts them all. */
    public static final int MAX_COPIES = ArticleQuery.MAX_SIZE;

    /**
     * Matching articles read a search at a time while a page of stories is gathered; as deep as article searches go
     * ({@link ArticleQuery#MAX_RESULT_WINDOW} articles), so a story is found while one of its copies is that high.
     */
    private static final int SCAN = ArticleQuery.MAX_SIZE;

    private final ArticleStore store;

    public Stories(ArticleStore store) {
        this.store = store;
    }

    /** One page of the stories with a copy that matches the query, in the order of their first matching copy. */
    public StoryPage search(ArticleQuery query) {
        int wanted = (query.page() + 1) * query.size();
        Map<String, ArticleHit> firstHits = new LinkedHashMap<>();
        for (int page = 0; firstHits.size() < wanted && (page + 1) * SCAN <= ArticleQuery.MAX_RESULT_WINDOW; page++) {
            SearchPage hits = this.store.search(query.withPage(page, SCAN));
            hits.hits().forEach(hit -> firstHits.putIfAbsent(hit.storyId(), hit));
            if ((long) (page + 1) * SCAN >= hits.total()) {
                break;
            }
        }
        List<Story> stories = firstHits.values().stream()
                .skip((long) query.page() * query.size())
                .limit(query.size())
                .map(hit -> find(hit.storyId()).orElseGet(() -> alone(hit)))
                .toList();
        return new StoryPage(this.store.countStories(query), query.page(), query.size(), stories);
    }

    /** The story with its copies, or empty when no stored article is in it. */
    public Optional<Story> find(String storyId) {
        SearchPage copies = this.store.search(ArticleQuery.everything()
                .withStory(storyId)
                .withSort(ArticleSort.OLDEST)
                .withPage(0, MAX_COPIES));
        if (copies.hits().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(story(storyId, copies.total(), copies.hits()));
    }

    /** A story whose copies were all retracted between the two searches: the story as it was found. */
    private static Story alone(ArticleHit hit) {
        return story(hit.storyId(), 1, List.of(hit));
    }

    private static Story story(String storyId, long total, List<ArticleHit> copies) {
        Instant firstSeen = copies.stream()
                .map(ArticleHit::publishedAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        return new Story(
                storyId,
                firstSeen,
                total,
                copies.stream()
                        .map(hit -> new Story.Copy(
                                hit.articleId(),
                                hit.source(),
                                hit.url(),
                                hit.title(),
                                hit.publishedAt(),
                                hit.language()))
                        .toList(),
                entities(copies));
    }

    /** The entities of the copies, by how many copies mention them, most first; named as the earliest names them. */
    private static List<Story.StoryEntity> entities(List<ArticleHit> copies) {
        Map<String, EntitySummary> first = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ArticleHit copy : copies) {
            for (EntitySummary entity : copy.entities()) {
                first.putIfAbsent(entity.id(), entity);
                counts.merge(entity.id(), 1L, Long::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(count -> {
                    EntitySummary entity = first.get(count.getKey());
                    return new Story.StoryEntity(
                            entity.id(), entity.type(), entity.name(), entity.wikidataId(), count.getValue());
                })
                .toList();
    }
}
