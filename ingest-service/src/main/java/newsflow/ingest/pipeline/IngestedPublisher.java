package newsflow.ingest.pipeline;

import java.time.Clock;
import newsflow.contract.CloudEventHeaders;
import newsflow.contract.Topics;
import newsflow.support.kafka.EventSender;
import org.springframework.stereotype.Component;

/**
 * Publishes to {@code articles.ingested}, keyed by {@code articleId}: clean articles, and retractions as tombstones,
 * each with its CloudEvents attributes ({@link CloudEventHeaders}).
 */
@Component
class IngestedPublisher {

    private final EventSender sender;
    private final Clock clock;

    IngestedPublisher(EventSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    void publish(IngestOutcome outcome) {
        if (outcome instanceof IngestOutcome.Accepted accepted) {
            sender.send(
                    Topics.INGESTED,
                    accepted.articleId(),
                    accepted.article(),
                    CloudEventHeaders.ingested(accepted.article()));
        } else if (outcome instanceof IngestOutcome.Retracted retracted) {
            sender.sendTombstone(
                    Topics.INGESTED,
                    retracted.articleId(),
                    CloudEventHeaders.retracted(
                            retracted.retraction(), CloudEventHeaders.INGEST_SERVICE, clock.instant()));
        }
    }
}
