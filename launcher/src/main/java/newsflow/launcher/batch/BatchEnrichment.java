package newsflow.launcher.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsflow.contract.EventJson;
import newsflow.enrich.pipeline.ArticleEnrichment;
import newsflow.enrich.tagging.TaggingTimeoutException;
import newsflow.ingest.intake.Refused;
import newsflow.ingest.pipeline.ArticleIngestion;
import newsflow.ingest.pipeline.IngestOutcome;

/**
 * Enriches a JSON Lines stream of raw articles into a JSON Lines stream of enriched articles, with ingest's cleaning
 * and the tagger in this process: the services' code path without Kafka. A pool of workers tags several articles at
 * once; the output keeps the input's order, and at most a few lines are in flight at any time, so memory stays
 * constant whatever the input's size. A line that is refused is reported and counted, never fatal.
 */
final class BatchEnrichment {

    private final ArticleIngestion ingestion;
    private final ArticleEnrichment enrichment;
    private final Clock clock;
    private final int threads;
    private final int maxLineBytes;

    BatchEnrichment(
            ArticleIngestion ingestion, ArticleEnrichment enrichment, Clock clock, int threads, int maxLineBytes) {
        this.ingestion = ingestion;
        this.enrichment = enrichment;
        this.clock = clock;
        this.threads = threads;
        this.maxLineBytes = maxLineBytes;
    }

    /** Reads every line of {@code in}, writes the enriched articles to {@code out}, reports to {@code progress}. */
    void run(InputStream in, OutputStream out, BatchProgress progress) throws IOException {
        var lines = new JsonLines(in, maxLineBytes);
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            var thread = new Thread(runnable, "newsflow-enrich-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<LineOutcome>> inFlight = new ArrayDeque<>();
            JsonLines.Line line;
            while ((line = lines.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonLines.Line current = line;
                inFlight.add(workers.submit(() -> process(current)));
                if (inFlight.size() >= 2 * threads + 2) {
                    write(inFlight.poll(), out, progress);
                }
            }
            while (!inFlight.isEmpty()) {
                write(inFlight.poll(), out, progress);
            }
            out.flush();
        } finally {
            workers.shutdownNow();
        }
    }

    private LineOutcome process(JsonLines.Line line) {
        if (line.tooLong()) {
            return new LineOutcome.Refused(
                    line.number(), "BODY_TOO_LARGE: the line is longer than " + maxLineBytes + " bytes");
        }
        try {
            IngestOutcome outcome = ingestion.ingest(line.bytes(), clock.instant());
            if (outcome instanceof IngestOutcome.Accepted accepted) {
                return new LineOutcome.Enriched(
                        line.number(), EventJson.mapper().writeValueAsBytes(enrichment.enrich(accepted.article())));
            }
            return new LineOutcome.Skipped(
                    line.number(), "a retraction of " + outcome.articleId() + ": nothing to enrich");
        } catch (Refused refused) {
            return new LineOutcome.Refused(line.number(), refused.getMessage());
        } catch (TaggingTimeoutException ex) {
            return new LineOutcome.Refused(line.number(), "TAGGING_TIMEOUT: " + ex.getMessage());
        } catch (RuntimeException ex) {
            return new LineOutcome.Refused(line.number(), "FAILED: " + ex);
        }
    }

    private static void write(Future<LineOutcome> next, OutputStream out, BatchProgress progress) throws IOException {
        LineOutcome outcome = outcome(next);
        if (outcome instanceof LineOutcome.Enriched enriched) {
            out.write(enriched.json());
            out.write('\n');
        }
        progress.record(outcome);
    }

    private static LineOutcome outcome(Future<LineOutcome> next) {
        try {
            return next.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        } catch (ExecutionException ex) {
            throw new IllegalStateException("a worker failed: " + ex.getCause(), ex.getCause());
        }
    }
}
