package newsflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetractionHeadersTests {

    @Test
    void readsBackTheRetractionItWrote() {
        var retraction = new ArticleRetracted("demo-0123", 7, "demo", "retracted by publisher");

        assertThat(RetractionHeaders.fromHeaders("demo-0123", RetractionHeaders.toHeaders(retraction)))
                .contains(retraction);
    }

    @Test
    void findsNoRetractionInHeadersOfAnotherEvent() {
        Map<String, byte[]> headers = Map.of("newsflow-event", "Something".getBytes(StandardCharsets.UTF_8));

        assertThat(RetractionHeaders.fromHeaders("demo-0123", headers)).isEmpty();
    }
}
