package newsflow.enrich.pipeline;

import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleIngested;
import newsflow.contract.ConsumerGroups;
import newsflow.contract.Topics;
import newsflow.enrich.tagging.TaggingTimeoutException;
import newsflow.support.kafka.Retractions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code articles.ingested}: an article is enriched and published to {@code articles.enriched}; a
 * retraction tombstone is passed on as one. An article that takes too long to tag is dead-lettered at once.
 */
@Component
class IngestedArticleListener {

    private static final Logger log = LoggerFactory.getLogger(IngestedArticleListener.class);

    private final ArticleEnrichment enrichment;
    private final EnrichedPublisher publisher;
    private final EnrichMetrics metrics;
    private final NewArticles newArticles;

    IngestedArticleListener(
            ArticleEnrichment enrichment, EnrichedPublisher publisher, EnrichMetrics metrics, NewArticles newArticles) {
        this.enrichment = enrichment;
        this.publisher = publisher;
        this.metrics = metrics;
        this.newArticles = newArticles;
    }

    @KafkaListener(
            id = NewArticles.LISTENER_ID,
            groupId = ConsumerGroups.ENRICH,
            topics = Topics.INGESTED,
            concurrency = "${newsflow.enrich.listener-concurrency}")
    void onIngestedArticle(@Payload(required = false) ArticleIngested article, ConsumerRecord<String, byte[]> record) {
        newArticles.started();
        try {
            if (article != null) {
                ArticleEnriched enriched = enrich(article);
                publisher.publish(enriched);
                metrics.enriched(enriched);
                log.info(
                        "Enriched {} version {}: {} entities",
                        enriched.articleId(),
                        enriched.version(),
                        enriched.entities().size());
            } else {
                publisher.retract(Retractions.from(record));
            }
        } finally {
            newArticles.finished();
        }
    }

    private ArticleEnriched enrich(ArticleIngested article) {
        try {
            return enrichment.enrich(article);
        } catch (TaggingTimeoutException ex) {
            throw new ArticleNotTaggedException(ex);
        }
    }
}
