package newsflow.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TaggingDeadlineTests {

    private final AtomicLong nanos = new AtomicLong(1_000);

    @Test
    void passesUntilItsTimeIsOverThenNamesTheArticleAndTheLimit() {
        TaggingDeadline deadline = TaggingDeadline.after(Duration.ofMillis(10), "demo-1", nanos::get);

        nanos.addAndGet(Duration.ofMillis(9).toNanos());
        assertThatCode(deadline::check).doesNotThrowAnyException();
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThatThrownBy(deadline::check)
                .isInstanceOf(TaggingTimeoutException.class)
                .hasMessage("tagging demo-1 took longer than 10ms");
    }

    @Test
    void writesWholeSecondsInSeconds() {
        TaggingDeadline deadline = TaggingDeadline.after(Duration.ofSeconds(10), "demo-2", nanos::get);

        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        assertThatThrownBy(deadline::check).hasMessage("tagging demo-2 took longer than 10s");
    }

    @Test
    void noDeadlineNeverExpires() {
        assertThatCode(TaggingDeadline.NONE::check).doesNotThrowAnyException();
    }
}
