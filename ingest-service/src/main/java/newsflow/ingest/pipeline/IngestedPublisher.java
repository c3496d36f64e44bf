package newsflow.ingest.pipeline;

import java.time.Clock;
import newsflow.contract.CloudEventHeaders;
import newsflow.contract.Topics;
import newsflow.support.kafka.EventSender;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.stereotype.Component;

/**
 * Makes the records ingest publishes to {@code articles.ingested}, keyed by {@code articleId}: clean articles, and retractions as tombstones,
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

    /** The record of {@code articles.ingested} an outcome makes: the clean article, or a retraction tombstone. */
    ProducerRecord<String, Object> record(IngestOutcome outcome) {
        if (outcome instanceof IngestOutcome.Retracted retracted) {
            return EventSender.record(
                    Topics.INGESTED,
                    retracted.articleId(),
                    null,
                    CloudEventHeaders.retracted(
                            retracted.retraction(), CloudEventHeaders.INGEST_SERVICE, clock.instant()));
        }
        var accepted = (IngestOutcome.Accepted) outcome;
        return EventSender.record(
                Topics.INGESTED,
                accepted.articleId(),
                accepted.article(),
                CloudEventHeaders.ingested(accepted.article()));
    }
}
