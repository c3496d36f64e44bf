package newsflow.enrich.pipeline;

import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.RetractionHeaders;
import newsflow.contract.Topics;
import newsflow.support.kafka.EventSender;
import org.springframework.stereotype.Component;

/** Publishes to {@code articles.enriched}, keyed by {@code articleId}: enriched articles, and retractions as tombstones. */
@Component
class EnrichedPublisher {

    private final EventSender sender;

    EnrichedPublisher(EventSender sender) {
        this.sender = sender;
    }

    void publish(ArticleEnriched article) {
        sender.send(Topics.ENRICHED, article.articleId(), article);
    }

    void retract(ArticleRetracted retraction) {
        sender.sendTombstone(Topics.ENRICHED, retraction.articleId(), RetractionHeaders.toHeaders(retraction));
    }
}
