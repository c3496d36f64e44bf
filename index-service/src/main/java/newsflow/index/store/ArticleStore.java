package newsflow.index.store;

import java.util.Optional;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;

/**
 * Where index-service keeps enriched articles for the query API: the port each store adapter (embedded Lucene,
 * OpenSearch) implements, free of Spring and Kafka.
 *
 * <p>Writes are idempotent and version-checked by {@code articleId}, because delivery is at least once and may
 * replay old records: a write that is not newer than what the store already holds for the article, article or
 * retraction, changes nothing and answers {@link WriteResult#IGNORED_STALE}. A retraction deletes the article and
 * is remembered with its version, so a late older version cannot bring the article back; a newer version after
 * it may republish it. A write that returns has been made durable and is visible to {@link #find} and
 * {@link #search}.
 */
public interface ArticleStore {

    /** Stores the article, unless the store holds the same or a newer version of it, or a retraction as new. */
    WriteResult upsert(ArticleEnriched article);

    /**
     * Removes the article and remembers the retraction, unless the store holds a newer version of the article or a
     * retraction as new. A retraction of an article the store never saw is remembered all the same.
     */
    WriteResult retract(ArticleRetracted retraction);

    /** The stored article, or empty when the store has none by that id or it was retracted. */
    Optional<ArticleEnriched> find(String articleId);

    /**
     * One page of the stored articles that match every criterion of the query: newest first, or best match first
     * when the query has text. Retracted articles are never found.
     *
     * @throws InvalidQueryException when the query's text is not valid query syntax
     */
    SearchPage search(ArticleQuery query);

    /** Whether the store is open and can take writes, with a few facts for operators. */
    StoreStatus status();
}
