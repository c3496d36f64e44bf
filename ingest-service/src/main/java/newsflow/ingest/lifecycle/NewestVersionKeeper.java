package newsflow.ingest.lifecycle;

import java.util.function.BooleanSupplier;
import newsflow.contract.ArticleVersion;
import newsflow.contract.EventJson;
import newsflow.contract.Topics;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Keeps in the local store, for each article, the version read from {@code articles.versions}, as a
 * {@link SeenVersion}. Kafka Streams runs it on every record, both while it first reads the topic and as it follows
 * it. While it follows, an older version read after a newer one (two instances may record two versions of one
 * article at the same moment, in either order) does not replace it. While it first reads the topic, the versions go
 * to the store in batches ({@link RestoreBatch}) and each record replaces the one before, as in a table of the topic:
 * asking the store first for every one of millions of records would halve the speed of a new instance's start; compaction leaves only the last record of a key anyway, and the
 * rare race costs no article (a later re-send of the newer version would be published again, and every later stage
 * ignores it). A record that is no version of its key, or a tombstone, is skipped, the first with a warning.
 */
final class NewestVersionKeeper implements Processor<String, byte[], Void, Void> {

    private static final Logger log = LoggerFactory.getLogger(NewestVersionKeeper.class);

    private final BooleanSupplier following;
    private final RestoreBatch restoring;
    private KeyValueStore<String, byte[]> store;

    /**
     * @param following whether the topic has been read to the end it had at start, and is now followed
     * @param restoring where the versions go until then
     */
    NewestVersionKeeper(BooleanSupplier following, RestoreBatch restoring) {
        this.following = following;
        this.restoring = restoring;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(ArticleVersionsStore.STORE);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String articleId = record.key();
        if (articleId == null || record.value() == null) {
            return;
        }
        SeenVersion read = read(articleId, record.value());
        if (read == null) {
            log.warn("Skipped a record of {} that is no version of its key {}", Topics.ARTICLE_VERSIONS, articleId);
            return;
        }
        if (!following.getAsBoolean()) {
            restoring.add(store, articleId, read.encode());
            return;
        }
        SeenVersion kept = SeenVersion.decode(store.get(articleId));
        if (kept == null || !kept.covers(read)) {
            store.put(articleId, read.encode());
        }
    }

    /**
     * The version in a record's value, if it is a version of the article the key names: read with Jackson's streaming
     * parser rather than bound to {@link ArticleVersion}, as a new instance reads millions of them at its first start.
     */
    static SeenVersion read(String articleId, byte[] value) {
        String id = null;
        Long version = null;
        String contentHash = null;
        boolean retracted = false;
        try (JsonParser json = EventJson.mapper().createParser(value)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (String name = json.nextName(); name != null; name = json.nextName()) {
                JsonToken token = json.nextToken();
                switch (name) {
                    case "articleId" -> id = token == JsonToken.VALUE_STRING ? json.getString() : null;
                    case "version" -> version = token == JsonToken.VALUE_NUMBER_INT ? json.getLongValue() : null;
                    case "contentHash" -> contentHash = token == JsonToken.VALUE_STRING ? json.getString() : null;
                    case "retracted" -> retracted = token == JsonToken.VALUE_TRUE;
                    default -> json.skipChildren();
                }
            }
        } catch (JacksonException ex) {
            log.debug("Unreadable version record", ex);
            return null;
        }
        if (!articleId.equals(id)
                || version == null
                || (!retracted && (contentHash == null || contentHash.isBlank()))) {
            return null;
        }
        return SeenVersion.of(new ArticleVersion(id, version, contentHash, retracted));
    }
}
