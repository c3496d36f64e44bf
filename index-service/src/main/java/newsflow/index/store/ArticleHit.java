package newsflow.index.store;

import java.time.Instant;
import java.util.List;
import newsflow.contract.ArticleEnriched;

/** One article in a {@link SearchPage}: what a result list shows, without the text zones and mentions. */
public record ArticleHit(
        String articleId,
        long version,
        String source,
        String url,
        String title,
        Instant publishedAt,
        String language,
        List<EntitySummary> entities) {

    public ArticleHit {
        entities = List.copyOf(entities);
    }

    public static ArticleHit of(ArticleEnriched article) {
        return new ArticleHit(article.articleId(), article.version(), article.source(), article.url(),
                article.title(), article.publishedAt(), article.language(),
                article.entities().stream().map(EntitySummary::of).toList());
    }
}
