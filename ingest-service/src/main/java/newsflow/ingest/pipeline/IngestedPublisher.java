package newsflow.ingest.pipeline;

import newsflow.contract.RetractionHeaders;
import newsflow.contract.Topics;
import newsflow.support.kafka.EventSender;
import org.springframework.stereotype.Component;

/** Publishes to {@code articles.ingested}, keyed by {@code articleId}: clean articles, and retractions as tombstones. */
@Component
class IngestedPublisher {

    private final EventSender sender;

    IngestedPublisher(EventSender sender) {
        this.sender = sender;
    }

    void publish(IngestOutcome outcome) {
        if (outcome instanceof IngestOutcome.Accepted accepted) {
            sender.send(Topics.INGESTED, accepted.articleId(), accepted.article());
        } else if (outcome instanceof IngestOutcome.Retracted retracted) {
            sender.sendTombstone(
                    Topics.INGESTED, retracted.articleId(), RetractionHeaders.toHeaders(retracted.retraction()));
        }
    }
}
