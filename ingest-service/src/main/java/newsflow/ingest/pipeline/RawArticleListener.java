package newsflow.ingest.pipeline;

import java.time.Instant;
import newsflow.contract.ConsumerGroups;
import newsflow.contract.Topics;
import newsflow.ingest.intake.Refused;
import newsflow.ingest.lifecycle.ArticleVersionsRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code articles.raw}: a valid article goes on to {@code articles.ingested} and its version to
 * {@code articles.versions}, in that order (see {@link ArticleVersionsRecorder}); an exact re-send is dropped and
 * counted; a refused article goes to {@code articles.rejected} with its reason. Anything else that fails is the
 * error handler's to retry and dead-letter.
 */
@Component
class RawArticleListener {

    private static final Logger log = LoggerFactory.getLogger(RawArticleListener.class);

    private final RawArticleIntake intake;
    private final IngestedPublisher ingested;
    private final ArticleVersionsRecorder versions;
    private final RejectionPublisher rejections;
    private final IngestMetrics metrics;

    RawArticleListener(
            RawArticleIntake intake,
            IngestedPublisher ingested,
            ArticleVersionsRecorder versions,
            RejectionPublisher rejections,
            IngestMetrics metrics) {
        this.intake = intake;
        this.ingested = ingested;
        this.versions = versions;
        this.rejections = rejections;
        this.metrics = metrics;
    }

    @KafkaListener(id = "ingest-raw-articles", groupId = ConsumerGroups.INGEST, topics = Topics.RAW)
    void onRawArticle(ConsumerRecord<String, byte[]> record) {
        RawArticleIntake.Admission admission;
        try {
            admission = intake.admit(record.value(), Instant.ofEpochMilli(record.timestamp()));
        } catch (Refused refused) {
            log.info(
                    "Refused record {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    refused.getMessage());
            rejections.publish(record, refused);
            return;
        }
        IngestOutcome outcome = admission.outcome();
        if (admission.duplicate()) {
            log.debug("Dropped a re-send of {} version {}", outcome.articleId(), outcome.version());
            metrics.duplicate(outcome.source());
            return;
        }
        ingested.publish(outcome);
        versions.record(outcome.articleVersion());
        metrics.accepted(outcome);
        log.info("Ingested {} version {}", outcome.articleId(), outcome.version());
    }
}
