package newsflow.ingest.pipeline;

import io.micrometer.observation.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsflow.contract.ConsumerGroups;
import newsflow.contract.Topics;
import newsflow.ingest.intake.Refused;
import newsflow.ingest.lifecycle.ArticleVersionsRecorder;
import newsflow.support.kafka.BatchFailures;
import newsflow.support.kafka.EventSender;
import newsflow.support.kafka.RecordObservations;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code articles.raw} a poll at a time: valid articles go on to {@code articles.ingested} together, then
 * their versions to {@code articles.versions} together, in that order (see {@link ArticleVersionsRecorder}); exact
 * re-sends are dropped and counted; refused articles go to {@code articles.rejected} with their reasons, beside the
 * valid ones. A second version of an article within a poll is judged only once the first is recorded. A record that
 * fails otherwise is reported by its index after the records before it are sent, for the error handler to commit
 * those, then retry and dead-letter it ({@link IngestListenerConfiguration}). Each record is cleaned, sent and
 * logged in an observation of its own ({@link RecordObservations}), so its article carries its trace on.
 */
@Component
class RawArticleListener {

    private static final Logger log = LoggerFactory.getLogger(RawArticleListener.class);
    private static final String LISTENER_ID = "ingest-raw-articles";

    private final RawArticleIntake intake;
    private final IngestedPublisher ingested;
    private final ArticleVersionsRecorder versions;
    private final RejectionPublisher rejections;
    private final EventSender sender;
    private final IngestMetrics metrics;
    private final RecordObservations observations;

    RawArticleListener(
            RawArticleIntake intake,
            IngestedPublisher ingested,
            ArticleVersionsRecorder versions,
            RejectionPublisher rejections,
            EventSender sender,
            IngestMetrics metrics,
            RecordObservations observations) {
        this.intake = intake;
        this.ingested = ingested;
        this.versions = versions;
        this.rejections = rejections;
        this.sender = sender;
        this.metrics = metrics;
        this.observations = observations;
    }

    @KafkaListener(
            id = LISTENER_ID,
            groupId = ConsumerGroups.INGEST,
            topics = Topics.RAW,
            containerFactory = IngestListenerConfiguration.CONTAINER_FACTORY)
    void onRawArticles(List<ConsumerRecord<String, byte[]>> records) {
        var run = new Run();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            Observation trace = observations.start(record, LISTENER_ID, ConsumerGroups.INGEST);
            boolean sends;
            try (Observation.Scope scope = trace.openScope()) {
                sends = admit(run, i, record, trace);
            } catch (RuntimeException ex) {
                trace.error(ex);
                trace.stop();
                // What came before it is sent first: its offsets are committed. A send that fails there names an
                // earlier record.
                publish(run);
                throw ex instanceof BatchListenerFailedException failed
                        ? failed
                        : new BatchListenerFailedException("record " + i + " of the batch failed", ex, i);
            }
            if (!sends) {
                trace.stop(); // an exact re-send: nothing to send, its trace ends here
            }
        }
        publish(run);
    }

    /** Admits a record into the run; false when it gives nothing to send (an exact re-send). */
    private boolean admit(Run run, int index, ConsumerRecord<String, byte[]> record, Observation trace) {
        BatchFailures.requireReadableKey(record, index);
        Instant receivedAt = Instant.ofEpochMilli(record.timestamp());
        RawArticleIntake.Admission admission;
        try {
            admission = intake.admit(record.value(), receivedAt);
            if (run.has(admission.outcome().articleId())) {
                publish(run); // the version before it must be in the table before this one is judged
                admission = intake.admit(record.value(), receivedAt);
            }
        } catch (Refused refused) {
            log.info(
                    "Refused record {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    refused.getMessage());
            run.add(new Output(index, rejections.rejection(record, refused), refused, null, trace));
            return true;
        }
        IngestOutcome outcome = admission.outcome();
        if (admission.duplicate()) {
            log.debug("Dropped a re-send of {} version {}", outcome.articleId(), outcome.version());
            metrics.duplicate(outcome.source());
            return false;
        }
        run.add(new Output(index, ingested.record(outcome), null, outcome, trace));
        return true;
    }

    /**
     * Sends the run's records together, then the versions of the articles among those the broker has, and empties
     * the run; throws for the first record either send failed on.
     */
    private void publish(Run run) {
        List<Output> outputs = run.drain();
        if (outputs.isEmpty()) {
            return;
        }
        try {
            send(outputs);
        } finally {
            outputs.forEach(output -> output.trace().stop());
        }
    }

    private void send(List<Output> outputs) {
        int sent = outputs.size();
        int failedAt = Integer.MAX_VALUE;
        RuntimeException failure = null;
        try {
            sender.sendAll(
                    outputs.stream().map(Output::record).toList(),
                    outputs.stream().map(Output::trace).toList());
        } catch (EventSender.RecordsNotSentException ex) {
            sent = ex.index();
            failedAt = outputs.get(sent).index();
            failure = ex;
        }
        List<Output> accepted = new ArrayList<>();
        for (Output output : outputs.subList(0, sent)) {
            if (output.refused() != null) {
                rejections.counted(output.refused());
            } else {
                accepted.add(output);
            }
        }
        int recorded = accepted.size();
        try {
            versions.recordAll(accepted.stream()
                    .map(output -> output.outcome().articleVersion())
                    .toList());
        } catch (EventSender.RecordsNotSentException ex) {
            recorded = ex.index();
            if (accepted.get(recorded).index() < failedAt) {
                failedAt = accepted.get(recorded).index();
                failure = ex;
            }
        }
        for (Output output : accepted.subList(0, recorded)) {
            metrics.accepted(output.outcome());
            try (Observation.Scope scope = output.trace().openScope()) {
                log.info(
                        "Ingested {} version {}",
                        output.outcome().articleId(),
                        output.outcome().version());
            }
        }
        if (failure != null) {
            throw new BatchListenerFailedException(failure.getMessage(), failure, failedAt);
        }
    }

    /** What one record of the poll gives: a record to send, and the refusal or the outcome it comes from. */
    private record Output(
            int index,
            ProducerRecord<String, Object> record,
            Refused refused,
            IngestOutcome outcome,
            Observation trace) {}

    /** The records admitted since the last send, with the articles they are versions of. */
    private static final class Run {

        private final List<Output> outputs = new ArrayList<>();
        private final Set<String> articleIds = new HashSet<>();

        void add(Output output) {
            outputs.add(output);
            if (output.outcome() != null) {
                articleIds.add(output.outcome().articleId());
            }
        }

        boolean has(String articleId) {
            return articleIds.contains(articleId);
        }

        List<Output> drain() {
            List<Output> drained = List.copyOf(outputs);
            outputs.clear();
            articleIds.clear();
            return drained;
        }
    }
}
