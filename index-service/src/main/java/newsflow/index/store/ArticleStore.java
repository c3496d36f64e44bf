package newsflow.index.store;

import java.util.List;
import java.util.Optional;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;
import newsflow.index.store.entities.EntityCount;
import newsflow.index.store.entities.EntityProfile;
import newsflow.index.store.entities.EntityQuery;
import newsflow.index.store.search.ArticleQuery;
import newsflow.index.store.search.SearchPage;
import newsflow.index.stories.StoryProbe;
import newsflow.support.stories.StoryCandidate;

/**
 * Where index-service keeps enriched articles for the query API: the port each store adapter (embedded Lucene,
 * OpenSearch) implements, free of Spring and Kafka. One contract test suite holds every adapter to it.
 *
 * <p>Writes are idempotent and version-checked by {@code articleId}, because delivery is at least once and may
 * replay old records: a write that is not newer than what the store already holds for the article, article or
 * retraction, changes nothing and answers {@link WriteResult#IGNORED_STALE}. A retraction deletes the article and
 * is remembered with its version, so a late older version cannot bring the article back; a newer version after
 * it may republish it. A write that returns has been made durable and is visible to every read.
 */
public interface ArticleStore {

    /**
     * Applies a batch of changes in order, by the version rules above, and returns what each did. When it returns,
     * every change is durable and visible.
     *
     * @throws StoreUnavailableException when the store cannot be written now; retry the whole batch later
     * @throws ArticleRejectedException  when one change can never be stored; the ones before it are
     */
    List<WriteResult> write(List<? extends ArticleChange> changes);

    /** Stores the article, unless the store holds the same or a newer version of it, or a retraction as new. */
    default WriteResult upsert(ArticleEnriched article) {
        return write(List.of(ArticleChange.publish(article))).get(0);
    }

    /**
     * Removes the article and remembers the retraction, unless the store holds a newer version of the article or a
     * retraction as new. A retraction of an article the store never saw is remembered all the same.
     */
    default WriteResult retract(ArticleRetracted retraction) {
        return write(List.of(ArticleChange.retract(retraction))).get(0);
    }

    /** The stored article, exactly as written, or empty when the store has none by that id or it was retracted. */
    Optional<ArticleEnriched> find(String articleId);

    /**
     * One page of the stored articles that match every criterion of the query, in the query's order, each with a
     * snippet. Retracted articles are never found.
     *
     * @throws InvalidQueryException when the query's text is not valid query syntax
     */
    SearchPage search(ArticleQuery query);

    /** The entities mentioned in most articles of the query's window (and type), most first. */
    List<EntityCount> topEntities(EntityQuery query);

    /**
     * One entity across the articles of the query's window: how many mention it, per day, the entities that share
     * its articles most ({@code limit} of them) and its latest {@code limit} articles. Empty when no article in the
     * window mentions it.
     */
    Optional<EntityProfile> entity(String entityId, EntityQuery query);

    /** How many stories the articles matching the query are copies in (the query's page and order aside). */
    long countStories(ArticleQuery query);

    /**
     * The near-neighbour lookup of stories: the stored articles (not retractions) published within the probe's
     * window that share a band of its fingerprint and are at most its distance from it, and the probe's own article
     * if the store holds it, whatever its fingerprint. Articles written before stories existed are not found.
     */
    List<StoryCandidate> storyCandidates(StoryProbe probe);

    /** Whether the store is reachable and can take writes, with a few facts for operators. */
    StoreStatus status();
}
