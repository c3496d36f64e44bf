package newsflow.index.pipeline;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import newsflow.contract.RetagRequest;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.WriteResult;
import newsflow.support.kafka.RecordTraces;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Reports each batch written to the store (its size, {@code newsflow.index.batch.records}) and each article it made
 * searchable: its end-to-end latency ({@code newsflow.pipeline.latency}, from its arrival in the pipeline, when
 * ingest received it, to now; a histogram), and one log line under the article's own trace id, which it carried from
 * ingest through enrich in its record headers. An article a re-tag published again (with the
 * {@link RetagRequest#RUN_HEADER} header) is logged as such and stays out of the latency.
 */
@Component
class IndexReport {

    private static final Logger log = LoggerFactory.getLogger(IndexReport.class);

    private final Timer latency;
    private final DistributionSummary batches;
    private final Clock clock = Clock.systemUTC();

    IndexReport(MeterRegistry meters) {
        this.latency = Timer.builder("newsflow.pipeline.latency")
                .description("From an article's arrival in the pipeline to its being searchable in the store")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(30))
                .register(meters);
        this.batches = DistributionSummary.builder("newsflow.index.batch.records")
                .description("Records per store write: a poll of articles.enriched, up to max-poll-records")
                .register(meters);
    }

    /** {@code records.get(i)} is the record {@code changes.get(i)} came from; {@code results} are the store's. */
    void written(List<ConsumerRecord<String, byte[]>> records, List<ArticleChange> changes, List<WriteResult> results) {
        batches.record(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            try (MDC.MDCCloseable trace = RecordTraces.logContext(records.get(i))) {
                report(changes.get(i), results.get(i), records.get(i).headers().lastHeader(RetagRequest.RUN_HEADER));
            }
        }
    }

    private void report(ArticleChange change, WriteResult result, Header retagRun) {
        if (result != WriteResult.WRITTEN) {
            log.info("Ignored {} version {}: the store holds a newer one", change.articleId(), change.version());
        } else if (retagRun != null) {
            // a re-tag of an article published long ago is not news: it stays out of the pipeline's latency
            log.info(
                    "Re-tagged {} version {}: enrichment revision {}",
                    change.articleId(),
                    change.version(),
                    change.enrichmentRevision());
        } else if (change instanceof ArticleChange.Publish publish) {
            latency.record(Duration.between(publish.article().ingestedAt(), clock.instant()));
            log.info("Indexed {} version {}", change.articleId(), change.version());
        } else {
            log.info("Retracted {} version {}", change.articleId(), change.version());
        }
    }
}
