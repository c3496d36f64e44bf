package newsflow.launcher.retag;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleIngested;
import newsflow.contract.EventJson;
import newsflow.contract.RetagRequest;
import newsflow.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import tools.jackson.core.JacksonException;

/**
 * The articles to re-tag, read from the pipeline's own topics: the newest version of each article as ingest accepted
 * it ({@code articles.ingested}, the source of truth, as far back as its retention keeps it), and what subscribers
 * were told of it ({@code articles.enriched}). A retraction (a tombstone) takes an article out. Memory holds an id
 * and an offset per article, then a digest per chosen one, never the articles themselves: the chosen ones are read
 * a second time.
 */
final class Corpus {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Duration timeout;
    private final Map<String, RetagRequest.Published> published = new HashMap<>();
    private final Map<String, Newest> newest = new HashMap<>();
    private long unreadable;

    /** The offset of an article's newest version on {@code articles.ingested}, and whether it is chosen. */
    private record Newest(long offset, boolean chosen) {}

    Corpus(KafkaConsumer<String, byte[]> consumer, Duration timeout) {
        this.consumer = consumer;
        this.timeout = timeout;
    }

    /** Reads both topics and chooses the articles these options select; returns how many were chosen. */
    long choose(RetagOptions options) {
        TopicScan.each(consumer, Topics.INGESTED, timeout, record -> rememberNewest(record, options));
        newest.values().removeIf(article -> !article.chosen());
        TopicScan.each(consumer, Topics.ENRICHED, timeout, this::rememberPublished);
        return newest.size();
    }

    /** Reads {@code articles.ingested} again and gives each chosen article's request to {@code send}. */
    void requests(String runId, Consumer<RetagRequest> send) {
        TopicScan.each(consumer, Topics.INGESTED, timeout, record -> {
            Newest chosen = newest.get(record.key());
            if (record.value() != null && chosen != null && chosen.offset() == record.offset()) {
                ArticleIngested article = EventJson.mapper().readValue(record.value(), ArticleIngested.class);
                send.accept(new RetagRequest(runId, article, published.get(article.articleId())));
            }
        });
    }

    /** Records of either topic that are not the events they should be (left to their dead-letter topics), skipped. */
    long unreadable() {
        return unreadable;
    }

    private void rememberPublished(ConsumerRecord<String, byte[]> record) {
        if (!newest.containsKey(record.key())) {
            return;
        }
        if (record.value() == null) {
            published.remove(record.key());
            return;
        }
        ArticleEnriched article = read(record, ArticleEnriched.class);
        if (article == null) {
            return;
        }
        RetagRequest.Published held = published.get(article.articleId());
        if (held == null
                || article.version() > held.version()
                || article.version() == held.version() && article.enrichmentRevision() > held.enrichmentRevision()) {
            published.put(article.articleId(), RetagRequest.Published.of(article));
        }
    }

    private void rememberNewest(ConsumerRecord<String, byte[]> record, RetagOptions options) {
        if (record.value() == null) {
            newest.remove(record.key());
            return;
        }
        // ingest refuses stale versions, so on a partition each article's versions come oldest first
        ArticleIngested article = read(record, ArticleIngested.class);
        if (article == null) {
            return;
        }
        Instant publishedAt = article.publishedAt() != null ? article.publishedAt() : article.ingestedAt();
        boolean chosen = (options.source() == null || options.source().equals(article.source()))
                && (publishedAt == null
                        ? options.from() == null && options.to() == null
                        : options.publishedWithin(publishedAt));
        newest.put(article.articleId(), new Newest(record.offset(), chosen));
    }

    /** The event in the record, or null (counted) when the record is not one, such as a test's or a redriven poison. */
    private <T> T read(ConsumerRecord<String, byte[]> record, Class<T> type) {
        try {
            return EventJson.mapper().readValue(record.value(), type);
        } catch (JacksonException | IllegalArgumentException ex) {
            unreadable++;
            return null;
        }
    }
}
