package newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import newsflow.ingest.IngestProperties;
import org.junit.jupiter.api.Test;

class PublisherRateLimitsTests {

    private final MovableClock clock = new MovableClock();
    private final PublisherRateLimits limits = new PublisherRateLimits(new IngestProperties.RateLimit(1, 2), clock);

    @Test
    void allowsABurstThenSaysHowLongToWait() {
        assertThat(limits.take("demo")).isEmpty();
        assertThat(limits.take("demo")).isEmpty();

        assertThat(limits.take("demo")).contains(Duration.ofSeconds(1));
    }

    @Test
    void refillsAtTheConfiguredRate() {
        limits.take("demo");
        limits.take("demo");

        clock.advance(Duration.ofMillis(1000));

        assertThat(limits.take("demo")).isEmpty();
        assertThat(limits.take("demo")).isPresent();
    }

    @Test
    void limitsEachPublisherOnItsOwn() {
        limits.take("demo");
        limits.take("demo");

        assertThat(limits.take("demo")).isPresent();
        assertThat(limits.take("other")).isEmpty();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-28T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
