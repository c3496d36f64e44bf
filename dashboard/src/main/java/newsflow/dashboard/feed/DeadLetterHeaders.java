package newsflow.dashboard.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Reads what spring-kafka's dead-letter recoverer wrote into a dead-letter record's headers. */
public final class DeadLetterHeaders {

    public static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "kafka_dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "kafka_dlt-original-offset";
    public static final String PREFIX = "kafka_dlt-";

    private static final int MAX_VALUE_CHARS = 4000;

    private DeadLetterHeaders() {}

    static DeadLetter read(ConsumerRecord<byte[], byte[]> record) {
        Headers headers = record.headers();
        String exception = firstOf(
                headers, "kafka_dlt-exception-cause-fqcn", "kafka_dlt-exception-fqcn", "kafka_dlt-key-exception-fqcn");
        String reason = firstOf(headers, "kafka_dlt-exception-message", "kafka_dlt-key-exception-message");
        return new DeadLetter(
                record.topic(),
                record.partition(),
                record.offset(),
                text(record.key()),
                text(headers.lastHeader(ORIGINAL_TOPIC)),
                longValue(headers.lastHeader(ORIGINAL_OFFSET)),
                exception,
                reason,
                Instant.ofEpochMilli(record.timestamp()),
                preview(record.value()));
    }

    /** The original topic of a dead-letter record, or null when its headers do not say. */
    public static String originalTopic(Headers headers) {
        return text(headers.lastHeader(ORIGINAL_TOPIC));
    }

    private static String firstOf(Headers headers, String... names) {
        for (String name : names) {
            Header header = headers.lastHeader(name);
            if (header != null) {
                return text(header);
            }
        }
        return null;
    }

    private static long longValue(Header header) {
        if (header == null || header.value().length != Long.BYTES) {
            return -1;
        }
        return java.nio.ByteBuffer.wrap(header.value()).getLong();
    }

    private static String preview(byte[] value) {
        if (value == null) {
            return null;
        }
        String text = new String(value, StandardCharsets.UTF_8);
        return text.length() > MAX_VALUE_CHARS ? text.substring(0, MAX_VALUE_CHARS) + "…" : text;
    }

    private static String text(Header header) {
        return header == null ? null : text(header.value());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
