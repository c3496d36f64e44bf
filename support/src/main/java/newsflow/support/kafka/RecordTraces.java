package newsflow.support.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;

/**
 * The trace a record belongs to, read from its W3C {@code traceparent} header, for listeners that handle records in
 * batches, where no observation puts each record's trace in the log context: {@link #logContext} puts it there for
 * the lines logged about that one record.
 */
public final class RecordTraces {

    private static final Pattern TRACEPARENT =
            Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$");

    private RecordTraces() {}

    /** The trace id of the record, when it carries a valid {@code traceparent} header. */
    public static Optional<String> traceId(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader("traceparent");
        if (header == null || header.value() == null) {
            return Optional.empty();
        }
        Matcher matcher = TRACEPARENT.matcher(new String(header.value(), StandardCharsets.UTF_8));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Puts the record's trace id in the log context until the returned handle is closed. */
    public static MDC.MDCCloseable logContext(ConsumerRecord<?, ?> record) {
        return MDC.putCloseable("traceId", traceId(record).orElse(""));
    }
}
