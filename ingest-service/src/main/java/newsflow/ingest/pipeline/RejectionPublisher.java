package newsflow.ingest.pipeline;

import java.time.Clock;
import newsflow.contract.ArticleRejected;
import newsflow.contract.CloudEventHeaders;
import newsflow.contract.SourceRecord;
import newsflow.contract.Topics;
import newsflow.ingest.intake.Refused;
import newsflow.support.kafka.EventSender;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.stereotype.Component;

/**
 * Makes the records of refusals for {@code articles.rejected}, keyed like the refused record, naming the publisher and the
 * refused record's topic, partition and offset; and counts them once sent.
 */
@Component
class RejectionPublisher {

    private final EventSender sender;
    private final IngestMetrics metrics;
    private final Clock clock;

    RejectionPublisher(EventSender sender, IngestMetrics metrics, Clock clock) {
        this.sender = sender;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The record of {@code articles.rejected} a refusal makes. */
    ProducerRecord<String, Object> rejection(ConsumerRecord<String, byte[]> record, Refused refused) {
        var rejection = ArticleRejected.of(
                refused.refusal(),
                refused.source(),
                refused.sourceArticleId(),
                new SourceRecord(record.topic(), record.partition(), record.offset()),
                clock.instant());
        return EventSender.record(Topics.REJECTED, record.key(), rejection, CloudEventHeaders.rejected(rejection));
    }

    /** Counts a refusal once its rejection is sent. */
    void counted(Refused refused) {
        metrics.rejected(refused.refusal().reason(), refused.source(), "kafka");
    }
}
