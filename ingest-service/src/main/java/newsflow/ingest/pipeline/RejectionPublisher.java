package newsflow.ingest.pipeline;

import java.time.Clock;
import newsflow.contract.ArticleRejected;
import newsflow.contract.CloudEventHeaders;
import newsflow.contract.SourceRecord;
import newsflow.contract.Topics;
import newsflow.ingest.intake.Refused;
import newsflow.support.kafka.EventSender;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * Publishes refusals to {@code articles.rejected}, keyed like the refused record, naming the publisher and the
 * refused record's topic, partition and offset; and counts them.
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

    void publish(ConsumerRecord<String, byte[]> record, Refused refused) {
        var rejection = ArticleRejected.of(
                refused.refusal(),
                refused.source(),
                refused.sourceArticleId(),
                new SourceRecord(record.topic(), record.partition(), record.offset()),
                clock.instant());
        sender.send(Topics.REJECTED, record.key(), rejection, CloudEventHeaders.rejected(rejection));
        metrics.rejected(refused.refusal().reason(), refused.source(), "kafka");
    }
}
