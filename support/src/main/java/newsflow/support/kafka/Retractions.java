package newsflow.support.kafka;

import java.util.HashMap;
import java.util.Map;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.RetractionHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads the retraction a tombstone stands for from its headers. */
public final class Retractions {

    private Retractions() {}

    /**
     * The retraction a consumed tombstone carries.
     *
     * @throws InvalidEventException when the record's headers describe no retraction
     */
    public static ArticleRetracted from(ConsumerRecord<String, ?> tombstone) {
        if (tombstone.key() == null || tombstone.key().isBlank()) {
            throw new InvalidEventException("a tombstone on " + tombstone.topic() + " must be keyed by articleId");
        }
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : tombstone.headers()) {
            headers.put(header.key(), header.value());
        }
        return RetractionHeaders.fromHeaders(tombstone.key(), headers)
                .orElseThrow(() -> new InvalidEventException(
                        "a tombstone for " + tombstone.key() + " without retraction headers is no valid event"));
    }
}
