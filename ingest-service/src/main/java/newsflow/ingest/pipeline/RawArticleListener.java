package newsflow.ingest.pipeline;

import java.time.Clock;
import java.time.Instant;
import newsflow.contract.ArticleRejected;
import newsflow.contract.SourceRecord;
import newsflow.contract.Topics;
import newsflow.ingest.intake.Refused;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code articles.raw}: a valid article goes on to {@code articles.ingested}, a refused one to
 * {@code articles.rejected} with its reason. Anything else that fails is the error handler's to retry and
 * dead-letter.
 */
@Component
class RawArticleListener {

    private static final Logger log = LoggerFactory.getLogger(RawArticleListener.class);

    private final ArticleIngestion ingestion;
    private final IngestedPublisher ingested;
    private final RejectionPublisher rejections;
    private final Clock clock;

    RawArticleListener(ArticleIngestion ingestion, IngestedPublisher ingested, RejectionPublisher rejections,
            Clock clock) {
        this.ingestion = ingestion;
        this.ingested = ingested;
        this.rejections = rejections;
        this.clock = clock;
    }

    @KafkaListener(id = "ingest-raw-articles", groupId = "newsflow-ingest", topics = Topics.RAW)
    void onRawArticle(ConsumerRecord<String, byte[]> record) {
        IngestOutcome outcome;
        try {
            outcome = ingestion.ingest(record.value(), Instant.ofEpochMilli(record.timestamp()));
        }
        catch (Refused refused) {
            log.info("Refused record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    refused.getMessage());
            rejections.publish(record.key(), ArticleRejected.of(refused.refusal(), refused.source(),
                    refused.sourceArticleId(), new SourceRecord(record.topic(), record.partition(), record.offset()),
                    clock.instant()));
            return;
        }
        ingested.publish(outcome);
        log.debug("Ingested {} version {}", outcome.articleId(), outcome.version());
    }
}
