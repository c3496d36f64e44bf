package newsflow.enrich.pipeline;

import io.micrometer.observation.Observation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.CloudEventHeaders;
import newsflow.contract.RetagRequest;
import newsflow.contract.Topics;
import newsflow.support.kafka.EventSender;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.stereotype.Component;

/**
 * Publishes to {@code articles.enriched}, keyed by {@code articleId}: enriched articles, and retractions as tombstones,
 * each with its CloudEvents attributes ({@link CloudEventHeaders}).
 */
@Component
public class EnrichedPublisher {

    private final EventSender sender;
    private final Clock clock;

    EnrichedPublisher(EventSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Publishes the records of a poll together ({@link #enriched}, {@link #retracted}), each in the trace of the record
     * it was made from, and returns once the broker has them all.
     *
     * @throws EventSender.RecordsNotSentException naming the first record the broker does not have
     */
    void publishAll(List<ProducerRecord<String, Object>> records, List<Observation> traces) {
        sender.sendAll(records, traces);
    }

    ProducerRecord<String, Object> enriched(ArticleEnriched article) {
        return EventSender.record(Topics.ENRICHED, article.articleId(), article, CloudEventHeaders.enriched(article));
    }

    ProducerRecord<String, Object> retracted(ArticleRetracted retraction) {
        return EventSender.record(
                Topics.ENRICHED,
                retraction.articleId(),
                null,
                CloudEventHeaders.retracted(retraction, CloudEventHeaders.ENRICH_SERVICE, clock.instant()));
    }

    /** Publishes an article again after a re-tag, marked with the run that re-tagged it. */
    public void publishRetagged(ArticleEnriched article, String runId) {
        Map<String, byte[]> headers = new LinkedHashMap<>(CloudEventHeaders.enriched(article));
        headers.put(RetagRequest.RUN_HEADER, runId.getBytes(StandardCharsets.UTF_8));
        sender.send(Topics.ENRICHED, article.articleId(), article, headers);
    }
}
