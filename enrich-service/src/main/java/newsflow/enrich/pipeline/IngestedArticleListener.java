package newsflow.enrich.pipeline;

import io.micrometer.observation.Observation;
import java.util.ArrayList;
import java.util.List;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleIngested;
import newsflow.contract.ConsumerGroups;
import newsflow.contract.Topics;
import newsflow.enrich.tagging.TaggingTimeoutException;
import newsflow.support.kafka.BatchFailures;
import newsflow.support.kafka.EventSender;
import newsflow.support.kafka.RecordObservations;
import newsflow.support.kafka.Retractions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code articles.ingested} a poll at a time: each article is enriched, each retraction tombstone becomes
 * one of {@code articles.enriched}, and the poll's records go to {@code articles.enriched} together, the offsets
 * committed once the broker has them all. A record that cannot be read, or that fails, is reported by its index
 * after the records before it are sent, so that those are committed and it alone is retried and dead-lettered
 * ({@link EnrichListenerConfiguration}); an article that takes too long to tag is dead-lettered at once. Each record
 * is tagged, sent and logged in an observation of its own ({@link RecordObservations}), so the enriched article
 * carries its trace on as with a record listener.
 */
@Component
class IngestedArticleListener {

    private static final Logger log = LoggerFactory.getLogger(IngestedArticleListener.class);

    private final ArticleEnrichment enrichment;
    private final EnrichedPublisher publisher;
    private final EnrichMetrics metrics;
    private final NewArticles newArticles;
    private final RecordMessageConverter converter;
    private final RecordObservations observations;

    IngestedArticleListener(
            ArticleEnrichment enrichment,
            EnrichedPublisher publisher,
            EnrichMetrics metrics,
            NewArticles newArticles,
            RecordMessageConverter converter,
            RecordObservations observations) {
        this.enrichment = enrichment;
        this.publisher = publisher;
        this.metrics = metrics;
        this.newArticles = newArticles;
        this.converter = converter;
        this.observations = observations;
    }

    @KafkaListener(
            id = NewArticles.LISTENER_ID,
            groupId = ConsumerGroups.ENRICH,
            topics = Topics.INGESTED,
            concurrency = "${newsflow.enrich.listener-concurrency}",
            containerFactory = EnrichListenerConfiguration.CONTAINER_FACTORY)
    void onIngestedArticles(List<ConsumerRecord<String, byte[]>> records) {
        List<ProducerRecord<String, Object>> out = new ArrayList<>(records.size());
        List<Observation> traces = new ArrayList<>(records.size());
        newArticles.started();
        try {
            for (int i = 0; i < records.size(); i++) {
                ConsumerRecord<String, byte[]> record = records.get(i);
                Observation trace = observations.start(record, NewArticles.LISTENER_ID, ConsumerGroups.ENRICH);
                try (Observation.Scope scope = trace.openScope()) {
                    BatchFailures.requireReadableKey(record, i);
                    out.add(enrichedOrRetracted(record));
                    traces.add(trace);
                } catch (RuntimeException ex) {
                    trace.error(ex);
                    trace.stop();
                    publish(out, traces);
                    throw ex instanceof BatchListenerFailedException failed
                            ? failed
                            : new BatchListenerFailedException("record " + i + " of the batch failed", ex, i);
                }
            }
            publish(out, traces);
        } finally {
            newArticles.finished();
        }
    }

    private ProducerRecord<String, Object> enrichedOrRetracted(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return publisher.retracted(Retractions.from(record));
        }
        ArticleIngested article = (ArticleIngested)
                converter.toMessage(record, null, null, ArticleIngested.class).getPayload();
        return publisher.enriched(enrich(article));
    }

    /** Sends the records together, each in its input's trace, then logs and counts them and ends their traces. */
    private void publish(List<ProducerRecord<String, Object>> out, List<Observation> traces) {
        if (out.isEmpty()) {
            return;
        }
        try {
            publisher.publishAll(out, traces);
        } catch (EventSender.RecordsNotSentException ex) {
            traces.forEach(Observation::stop);
            throw new BatchListenerFailedException(ex.getMessage(), ex, ex.index());
        }
        for (int i = 0; i < out.size(); i++) {
            Observation trace = traces.get(i);
            if (out.get(i).value() instanceof ArticleEnriched enriched) {
                metrics.enriched(enriched);
                try (Observation.Scope scope = trace.openScope()) {
                    log.info(
                            "Enriched {} version {}: {} entities",
                            enriched.articleId(),
                            enriched.version(),
                            enriched.entities().size());
                }
            }
            trace.stop();
        }
    }

    private ArticleEnriched enrich(ArticleIngested article) {
        try {
            return enrichment.enrich(article);
        } catch (TaggingTimeoutException ex) {
            throw new ArticleNotTaggedException(ex);
        }
    }
}
