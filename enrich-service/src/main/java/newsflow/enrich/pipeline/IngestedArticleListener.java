package newsflow.enrich.pipeline;

import newsflow.contract.ArticleIngested;
import newsflow.contract.Topics;
import newsflow.support.kafka.Retractions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code articles.ingested}: an article is enriched and published to {@code articles.enriched}; a
 * retraction tombstone is passed on as one.
 */
@Component
class IngestedArticleListener {

    private final ArticleEnrichment enrichment;
    private final EnrichedPublisher publisher;

    IngestedArticleListener(ArticleEnrichment enrichment, EnrichedPublisher publisher) {
        this.enrichment = enrichment;
        this.publisher = publisher;
    }

    @KafkaListener(id = "enrich-ingested-articles", groupId = "newsflow-enrich", topics = Topics.INGESTED,
            concurrency = "${newsflow.enrich.listener-concurrency}")
    void onIngestedArticle(@Payload(required = false) ArticleIngested article, ConsumerRecord<String, byte[]> record) {
        if (article != null) {
            publisher.publish(enrichment.enrich(article));
        }
        else {
            publisher.retract(Retractions.from(record));
        }
    }
}
