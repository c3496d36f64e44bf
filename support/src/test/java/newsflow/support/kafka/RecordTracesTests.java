package newsflow.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RecordTracesTests {

    @Test
    void readsTheTraceIdOfAW3cTraceparentHeader() {
        var record = new ConsumerRecord<String, byte[]>("articles.enriched", 0, 0, "k", null);
        record.headers()
                .add(
                        "traceparent",
                        "00-6b0a2f87e9445db903fce695324edd9d-03fce695324edd9d-01".getBytes(StandardCharsets.UTF_8));

        assertThat(RecordTraces.traceId(record)).contains("6b0a2f87e9445db903fce695324edd9d");
    }

    @Test
    void findsNoTraceWithoutAValidHeader() {
        var record = new ConsumerRecord<String, byte[]>("articles.enriched", 0, 0, "k", null);
        assertThat(RecordTraces.traceId(record)).isEmpty();

        record.headers().add("traceparent", "garbage".getBytes(StandardCharsets.UTF_8));
        assertThat(RecordTraces.traceId(record)).isEmpty();
    }
}
