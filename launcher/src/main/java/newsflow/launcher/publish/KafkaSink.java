package newsflow.launcher.publish;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newsflow.contract.ArticleIds;
import newsflow.contract.RawArticle;
import newsflow.contract.Topics;
import newsflow.ingest.intake.RawArticleReader;
import newsflow.ingest.intake.Refused;
import newsflow.ingest.pipeline.ArticleIngestion;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes each article straight to {@code articles.raw}, keyed {@code source:id} as ingest-service's HTTP endpoint
 * keys them, with an idempotent producer that waits for every in-sync replica ({@code acks=all}). Each article is
 * first read as ingest reads it, so one that breaks the raw article contract is refused here with ingest's reason
 * code and never sent; what ingest refuses later (a stale version, nothing left after cleaning) goes to
 * {@code articles.rejected}. Brokers that do not answer, or a missing topic, stop the run.
 */
final class KafkaSink implements ArticleSink {

    /** ingest-service's default limit on an article body. */
    static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

    private final String bootstrapServers;
    private final Map<String, Object> settings;
    private final Duration timeout;
    private final RawArticleReader reader = new RawArticleReader(MAX_BODY_BYTES);
    private KafkaProducer<String, byte[]> producer;

    KafkaSink(String bootstrapServers, Map<String, String> properties, Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.timeout = timeout;
        this.settings = new HashMap<>(properties);
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    }

    /**
     * Checks that the brokers answer and {@code articles.raw} exists, before anything is read or sent.
     *
     * @return why not, or null when they do
     */
    String unavailable() {
        Map<String, Object> admin = new HashMap<>(settings);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 30_000));
        try (Admin client = Admin.create(admin)) {
            client.describeTopics(List.of(Topics.RAW)).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                return noAnswer();
            }
            if (ex.getCause() instanceof UnknownTopicOrPartitionException) {
                return "there is no topic " + Topics.RAW + " on " + bootstrapServers
                        + " (ingest-service or kafka-setup creates it)";
            }
            return "the brokers at " + bootstrapServers + " refused: "
                    + ex.getCause().getMessage();
        } catch (TimeoutException ex) {
            return noAnswer();
        } catch (KafkaException ex) {
            return "cannot connect to " + bootstrapServers + ": " + ex.getMessage();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private String noAnswer() {
        return "no Kafka broker answered at " + bootstrapServers + " within " + timeout.toSeconds() + " s";
    }

    @Override
    public CompletableFuture<SendOutcome> send(ArticleInput.Article article) {
        RawArticle raw;
        String sourceArticleId;
        try {
            raw = reader.read(article.json());
            sourceArticleId = ArticleIngestion.sourceArticleId(raw);
        } catch (Refused ex) {
            return CompletableFuture.completedFuture(new SendOutcome.Refused(ex.refusal()));
        }
        String articleId = ArticleIds.derive(raw.source(), sourceArticleId);
        var outcome = new CompletableFuture<SendOutcome>();
        try {
            producer()
                    .send(
                            new ProducerRecord<>(Topics.RAW, raw.source() + ":" + sourceArticleId, article.json()),
                            (metadata, ex) -> outcome.complete(
                                    ex == null ? new SendOutcome.Accepted(articleId, null) : notSent(ex)));
        } catch (KafkaException ex) {
            outcome.complete(notSent(ex));
        }
        return outcome;
    }

    private SendOutcome notSent(Exception ex) {
        if (ex instanceof org.apache.kafka.common.errors.TimeoutException) {
            return new SendOutcome.Stopped(
                    "the brokers at " + bootstrapServers + " did not acknowledge it within " + timeout.toSeconds()
                            + " s (" + ex.getMessage() + "); it may or may not be on " + Topics.RAW
                            + ": sending it again is safe, ingest drops exact re-sends",
                    UNAVAILABLE);
        }
        return new SendOutcome.Failed("not acknowledged: " + ex.getMessage());
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>(settings);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
            int requestTimeout = (int) Math.min(timeout.toMillis(), 30_000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis() + requestTimeout + 5);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(timeout);
        }
    }
}
