package newsflow.index.pipeline;

import java.util.ArrayList;
import java.util.List;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ConsumerGroups;
import newsflow.contract.Topics;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.ArticleRejectedException;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.StoreUnavailableException;
import newsflow.index.store.WriteResult;
import newsflow.index.stories.StoryAssigner;
import newsflow.support.kafka.Retractions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code articles.enriched} into the {@link ArticleStore}, a poll at a time: the records become one batch
 * of changes (an article is upserted in its story, {@link StoryAssigner}; a tombstone is the retraction its headers
 * describe), written in one store write, after which the container commits the offsets. A record that cannot be read, or that the store refuses,
 * is reported by its index, so that the records before it are committed and it alone goes to the dead-letter topic;
 * a store that is down fails the whole batch, which the error handler retries until the store is back
 * ({@link IndexListenerConfiguration}).
 */
@Component
class EnrichedArticleListener {

    private static final Logger log = LoggerFactory.getLogger(EnrichedArticleListener.class);

    private final ArticleStore store;
    private final StoryAssigner stories;
    private final RecordMessageConverter converter;
    private final IndexReport report;

    EnrichedArticleListener(
            ArticleStore store, StoryAssigner stories, RecordMessageConverter converter, IndexReport report) {
        this.store = store;
        this.stories = stories;
        this.converter = converter;
        this.report = report;
    }

    @KafkaListener(
            id = "index-enriched-articles",
            groupId = ConsumerGroups.INDEX,
            topics = Topics.ENRICHED,
            containerFactory = IndexListenerConfiguration.CONTAINER_FACTORY)
    void onEnriched(List<ConsumerRecord<String, byte[]>> records) {
        List<ArticleChange> changes = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                changes.add(change(records.get(i)));
            } catch (RuntimeException ex) {
                write(records, changes);
                throw new BatchListenerFailedException("record " + i + " of the batch is no valid event", ex, i);
            }
        }
        write(records, changes);
    }

    private void write(List<ConsumerRecord<String, byte[]>> records, List<ArticleChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        try {
            List<WriteResult> results = store.write(stories.assign(changes));
            report.written(records, changes, results);
        } catch (ArticleRejectedException ex) {
            throw new BatchListenerFailedException(ex.getMessage(), ex, ex.index());
        } catch (StoreUnavailableException ex) {
            log.warn(
                    "The store is unavailable; the batch of {} will be retried until it is back: {}",
                    changes.size(),
                    ex.getMessage());
            throw ex;
        }
    }

    private ArticleChange change(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return ArticleChange.retract(Retractions.from(record));
        }
        Object article =
                converter.toMessage(record, null, null, ArticleEnriched.class).getPayload();
        return ArticleChange.publish((ArticleEnriched) article, record.value());
    }
}
