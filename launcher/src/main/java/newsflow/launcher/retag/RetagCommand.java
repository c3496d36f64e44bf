package newsflow.launcher.retag;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import newsflow.contract.EventJson;
import newsflow.contract.RetagOutcome;
import newsflow.contract.RetagRequest;
import newsflow.contract.Topics;
import newsflow.launcher.cli.TopicReading;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.core.JacksonException;

/**
 * {@code retag}: re-tags the stored corpus, or part of it, through the running pipeline after a tagger upgrade. It
 * chooses the newest version of each article from {@code articles.ingested} (by publication day and publisher),
 * sends each as a {@link RetagRequest} with what {@code articles.enriched} holds for it to {@code articles.retag},
 * which enrich-service serves while no new article waits, and follows {@code articles.retag.outcomes} until every
 * request is answered (or {@code --wait} runs out), with a progress bar and a summary on stderr. Exit status 0 when
 * all were re-tagged, 1 when any failed, {@value #NOT_FINISHED} when some are still to be answered,
 * {@value #UNAVAILABLE} when no broker answers.
 */
public final class RetagCommand {

    static final int FAILED = 1;
    static final int NOT_FINISHED = 75;
    static final int UNAVAILABLE = 69;
    private static final Duration POLL = Duration.ofMillis(500);

    private final RetagOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    RetagCommand(RetagOptions options, PrintStream out, PrintStream err, boolean terminal) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * @throws IllegalArgumentException for bad usage, with a message for the user
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new RetagCommand(RetagOptions.parse(args), out, err, System.console() != null).retag();
    }

    int retag() {
        String runId = "retag-"
                + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        try (KafkaConsumer<String, byte[]> scanner = consumer("newsflow-retag-scan");
                KafkaConsumer<String, byte[]> outcomes = consumer("newsflow-retag-outcomes");
                KafkaProducer<String, byte[]> producer = producer()) {
            err.println("retag: reading " + Topics.INGESTED + " and " + Topics.ENRICHED + " on "
                    + options.bootstrapServers() + " for " + options.selection());
            var corpus = new Corpus(scanner, options.timeout());
            long chosen = corpus.choose(options);
            if (corpus.unreadable() > 0) {
                err.println("retag: skipped " + corpus.unreadable() + " records that are not articles");
            }
            if (chosen == 0) {
                out.println("retag: no article to re-tag (" + options.selection() + ")");
                return 0;
            }
            List<TopicPartition> answers = fromNow(outcomes);
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            corpus.requests(
                    runId,
                    request -> sends.add(producer.send(new ProducerRecord<>(
                            Topics.RETAG,
                            request.article().articleId(),
                            EventJson.mapper().writeValueAsBytes(request)))));
            producer.flush();
            long sent = confirmed(sends);
            err.println("retag: run " + runId + ": " + sent + " articles sent to " + Topics.RETAG
                    + "; enrich-service re-tags them while no new article waits");
            var progress = new RetagProgress(err, terminal, sent, System::nanoTime);
            follow(outcomes, answers, runId, sent, progress);
            out.println(progress.finish());
            if (progress.answered() < sent) {
                return NOT_FINISHED;
            }
            return progress.count(RetagOutcome.Result.FAILED) > 0 || sent < chosen ? FAILED : 0;
        } catch (TimeoutException ex) {
            err.println("retag: no Kafka broker answered at " + options.bootstrapServers() + " within "
                    + options.timeout().toSeconds() + " s");
            return UNAVAILABLE;
        } catch (IllegalStateException | KafkaException ex) {
            err.println("retag: " + ex.getMessage());
            return UNAVAILABLE;
        }
    }

    /** Assigns every partition of the outcomes topic at its current end, before any request is sent. */
    private List<TopicPartition> fromNow(KafkaConsumer<String, byte[]> outcomes) {
        List<TopicPartition> partitions = TopicReading.partitions(outcomes, Topics.RETAG_OUTCOMES, options.timeout());
        if (partitions.isEmpty()) {
            throw new IllegalStateException("there is no topic " + Topics.RETAG_OUTCOMES);
        }
        outcomes.assign(partitions);
        outcomes.seekToEnd(partitions);
        partitions.forEach(partition -> outcomes.position(partition, options.timeout()));
        return partitions;
    }

    private long confirmed(List<Future<RecordMetadata>> sends) {
        long sent = 0;
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get();
                sent++;
            } catch (ExecutionException ex) {
                err.println("retag: a request was not sent: " + ex.getCause().getMessage());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return sent;
    }

    /** Counts this run's outcomes, each article once, until all are in or the wait runs out. */
    private void follow(
            KafkaConsumer<String, byte[]> outcomes,
            List<TopicPartition> partitions,
            String runId,
            long sent,
            RetagProgress progress) {
        Set<String> answered = new HashSet<>();
        long deadline = options.waitFor().isZero()
                ? Long.MAX_VALUE
                : System.nanoTime() + options.waitFor().toNanos();
        while (answered.size() < sent && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : outcomes.poll(POLL)) {
                if (record.value() == null) {
                    continue;
                }
                RetagOutcome outcome = outcome(record);
                if (outcome != null && outcome.runId().equals(runId) && answered.add(outcome.articleId())) {
                    progress.record(outcome);
                }
            }
        }
    }

    /** The outcome in the record, or null for a record that is not one (nothing of this run's). */
    private static RetagOutcome outcome(ConsumerRecord<String, byte[]> record) {
        try {
            return EventJson.mapper().readValue(record.value(), RetagOutcome.class);
        } catch (JacksonException | IllegalArgumentException ex) {
            return null;
        }
    }

    private KafkaConsumer<String, byte[]> consumer(String clientId) {
        return TopicReading.consumer(
                options.bootstrapServers(), options.kafkaProperties(), options.timeout(), clientId);
    }

    private KafkaProducer<String, byte[]> producer() {
        Map<String, Object> settings = new HashMap<>(options.kafkaProperties());
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) options.timeout().toMillis());
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-retag");
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(settings);
    }
}
