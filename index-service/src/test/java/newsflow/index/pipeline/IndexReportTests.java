package newsflow.index.pipeline;

import static newsflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.RetagRequest;
import newsflow.contract.Topics;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.WriteResult;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class IndexReportTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final IndexReport report = new IndexReport(meters);

    @Test
    void measuresTheLatencyOfNewArticlesAndLeavesReTagsOut() {
        ArticleEnriched fresh = article("demo-fresh").ingestedAt(Instant.now()).build();
        ArticleEnriched retagged = article("demo-old")
                .ingestedAt(Instant.parse("2025-01-01T00:00:00Z"))
                .enrichmentRevision(2)
                .build();
        ConsumerRecord<String, byte[]> freshRecord = record(fresh.articleId());
        ConsumerRecord<String, byte[]> retagRecord = record(retagged.articleId());
        retagRecord.headers().add(RetagRequest.RUN_HEADER, "retag-run-1".getBytes(StandardCharsets.UTF_8));

        report.written(
                List.of(freshRecord, retagRecord),
                List.of(ArticleChange.publish(fresh), ArticleChange.publish(retagged)),
                List.of(WriteResult.WRITTEN, WriteResult.WRITTEN));

        var latency = meters.get("newsflow.pipeline.latency").timer();
        assertThat(latency.count()).isEqualTo(1);
        assertThat(latency.max(java.util.concurrent.TimeUnit.DAYS))
                .as("the re-tag, ingested long ago, is not in it")
                .isLessThan(1);
    }

    private static ConsumerRecord<String, byte[]> record(String key) {
        return new ConsumerRecord<>(Topics.ENRICHED, 0, 0, key, new byte[0]);
    }
}
