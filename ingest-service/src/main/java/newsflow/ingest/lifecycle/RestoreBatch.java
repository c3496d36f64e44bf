package newsflow.ingest.lifecycle;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The versions read while a new store is first filled, written to it a poll's worth at a time, in one RocksDB write
 * batch, when Kafka Streams reports the poll's records restored: about twice as fast as a write per record. Kafka
 * Streams calls both the keeper and this listener on its global thread, one after the other.
 */
final class RestoreBatch implements StateRestoreListener {

    private final List<KeyValue<String, byte[]>> pending = new ArrayList<>();
    private KeyValueStore<String, byte[]> store;

    void add(KeyValueStore<String, byte[]> store, String key, byte[] value) {
        this.store = store;
        pending.add(KeyValue.pair(key, value));
    }

    private void write() {
        if (!pending.isEmpty()) {
            store.putAll(pending);
            pending.clear();
        }
    }

    @Override
    public void onRestoreStart(TopicPartition partition, String storeName, long startingOffset, long endingOffset) {
        // nothing read yet
    }

    @Override
    public void onBatchRestored(TopicPartition partition, String storeName, long batchEndOffset, long numRestored) {
        write();
    }

    @Override
    public void onRestoreEnd(TopicPartition partition, String storeName, long totalRestored) {
        write();
    }
}
