package newsflow.index.store.search;

import java.time.Instant;
import java.util.List;
import newsflow.contract.ArticleEnriched;

/**
 * One article in a {@link SearchPage}: what a result list shows, without the text zones and mentions.
 *
 * @param snippet  a short passage of the article's text, HTML-escaped, with the words the query text matched in
 *                 {@code <mark>}; the opening of the article when the search has no text
 * @param entities the entities the article is found by (those mentioned outside its boilerplate)
 * @param storyId  the story the article is a copy in: the id of the story's first article, its own when it is the
 *                 first or a story of its own
 */
public record ArticleHit(
        String articleId,
        long version,
        String source,
        String url,
        String title,
        Instant publishedAt,
        String language,
        String snippet,
        List<EntitySummary> entities,
        String storyId) {

    public ArticleHit {
        entities = List.copyOf(entities);
    }

    /**
     * The hit of an article in its story (its own when null), with the snippet the store made for it, or its
     * opening when there is none.
     */
    public static ArticleHit of(ArticleEnriched article, String storyId, String snippet) {
        return new ArticleHit(
                article.articleId(),
                article.version(),
                article.source(),
                article.url(),
                article.title(),
                article.publishedAt(),
                article.language(),
                snippet == null || snippet.isBlank() ? Snippets.lead(article) : snippet,
                IndexedEntities.of(article.entities()).stream()
                        .map(EntitySummary::of)
                        .toList(),
                storyId != null ? storyId : article.articleId());
    }

    public static ArticleHit of(ArticleEnriched article) {
        return of(article, null, null);
    }
}
