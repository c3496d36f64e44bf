package newsflow.enrich.pipeline;

import java.time.Clock;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleIngested;
import newsflow.enrich.tagging.EntityTagger;

/** Enriches a clean article with its entities and their provenance. Free of Kafka. */
public class ArticleEnrichment {

    private final EntityTagger tagger;
    private final Clock clock;

    public ArticleEnrichment(EntityTagger tagger, Clock clock) {
        this.tagger = tagger;
        this.clock = clock;
    }

    public ArticleEnriched enrich(ArticleIngested article) {
        return ArticleEnriched.of(article, tagger.tag(article.zones()), tagger.provenance(), clock.instant());
    }
}
