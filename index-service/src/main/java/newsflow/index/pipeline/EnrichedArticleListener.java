package newsflow.index.pipeline;

import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.Topics;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.WriteResult;
import newsflow.support.kafka.Retractions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code articles.enriched} into the {@link ArticleStore}: an article is upserted; a tombstone is the
 * retraction its headers describe. A tombstone that describes no retraction is invalid and goes to the dead-letter
 * topic; anything else that fails is the error handler's to retry and dead-letter.
 */
@Component
class EnrichedArticleListener {

    private static final Logger log = LoggerFactory.getLogger(EnrichedArticleListener.class);

    private final ArticleStore store;

    EnrichedArticleListener(ArticleStore store) {
        this.store = store;
    }

    @KafkaListener(id = "index-enriched-articles", groupId = "newsflow-index", topics = Topics.ENRICHED)
    void onEnriched(@Payload(required = false) ArticleEnriched article, ConsumerRecord<String, byte[]> record) {
        if (article != null) {
            WriteResult result = store.upsert(article);
            log.debug("{} {} version {}", result, article.articleId(), article.version());
            return;
        }
        ArticleRetracted retraction = Retractions.from(record);
        WriteResult result = store.retract(retraction);
        log.debug("{} retraction of {} version {}", result, retraction.articleId(), retraction.version());
    }
}
