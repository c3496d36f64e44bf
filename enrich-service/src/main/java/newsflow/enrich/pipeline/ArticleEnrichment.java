package newsflow.enrich.pipeline;

import java.time.Clock;
import java.time.Duration;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleIngested;
import newsflow.enrich.tagging.EntityTagger;
import newsflow.enrich.tagging.Tagging;
import newsflow.enrich.tagging.TaggingDeadline;
import newsflow.enrich.tagging.TaggingTimeoutException;

/**
 * Enriches a clean article with its entities and their provenance, within a time limit per article. Free of Kafka:
 * the listener and the offline batch command both call it.
 */
public class ArticleEnrichment {

    private final EntityTagger tagger;
    private final Clock clock;
    private final Duration maxTaggingTime;

    public ArticleEnrichment(EntityTagger tagger, Clock clock, Duration maxTaggingTime) {
        this.tagger = tagger;
        this.clock = clock;
        this.maxTaggingTime = maxTaggingTime;
    }

    /** The enrichment revision of the tagger, which every article it enriches carries. */
    public int enrichmentRevision() {
        return tagger.enrichmentRevision();
    }

    /**
     * The article with its entities.
     *
     * @throws TaggingTimeoutException when tagging it takes longer than the limit
     */
    public ArticleEnriched enrich(ArticleIngested article) {
        Tagging tagging = tagger.tag(
                article.zones(), article.language(), TaggingDeadline.after(maxTaggingTime, article.articleId()));
        return ArticleEnriched.of(
                article, tagging.entities(), tagging.provenance(), tagger.enrichmentRevision(), clock.instant());
    }
}
