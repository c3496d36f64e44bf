package newsflow.index.stories;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import newsflow.index.store.ArticleHit;
import newsflow.index.store.ArticleQuery;
import newsflow.index.store.ArticleSort;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.EntitySummary;
import newsflow.index.store.SearchPage;
import org.springframework.stereotype.Service;

/**
 * Reads stories from the store: a story is found by the article that started it (its lead), so a search of stories
 * is a search of leads with the same filters as articles, each lead then completed with its copies.
 */
@Service
public class Stories {

    /** The most copies a story lists; {@link Story#copies()} counts them all. */
    public static final int MAX_COPIES = ArticleQuery.MAX_SIZE;

    private final ArticleStore store;

    public Stories(ArticleStore store) {
        this.store = store;
    }

    /** The stories whose first article matches the query, in its order, one page of them. */
    public StoryPage search(ArticleQuery query) {
        SearchPage leads = this.store.search(query.leadsOnly());
        List<Story> stories = leads.hits().stream()
                .map(lead -> find(lead.storyId()).orElseGet(() -> alone(lead)))
                .toList();
        return new StoryPage(leads.total(), leads.page(), leads.size(), stories);
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

    /** A lead whose copies were all retracted between the two searches: the story as it was found. */
    private static Story alone(ArticleHit lead) {
        return story(lead.storyId(), 1, List.of(lead));
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
