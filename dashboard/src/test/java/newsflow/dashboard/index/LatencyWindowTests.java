package newsflow.dashboard.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LatencyWindowTests {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void interpolatesPercentilesWithinTheirBucketAsPrometheusDoes() {
        var window = new LatencyWindow(Duration.ofMinutes(5));

        window.add(NOW, buckets(0, 10, 20, 20));

        assertThat(window.percentiles().get("0.5")).isCloseTo(0.5, within(1e-9));
        assertThat(window.percentiles().get("0.95")).isCloseTo(0.95, within(1e-9));
    }

    @Test
    void countsOnlyTheArticlesIndexedWithinTheWindow() {
        var window = new LatencyWindow(Duration.ofMinutes(5));
        window.add(NOW.minus(Duration.ofMinutes(10)), buckets(100, 100, 100, 100));
        window.add(NOW.minus(Duration.ofMinutes(4)), buckets(100, 100, 100, 100));

        window.add(NOW, buckets(100, 100, 110, 110));

        assertThat(window.percentiles().get("0.5")).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
    }

    @Test
    void saysNothingUntilSomethingWasIndexed() {
        var window = new LatencyWindow(Duration.ofMinutes(5));
        window.add(NOW, buckets(0, 0, 0, 0));

        assertThat(window.percentiles()).isEmpty();
    }

    /** Cumulative counts for the bounds 0.1 s, 0.5 s, 1 s and +Inf. */
    private static NavigableMap<Double, Long> buckets(long upTo100ms, long upTo500ms, long upTo1s, long all) {
        NavigableMap<Double, Long> buckets = new TreeMap<>();
        buckets.put(0.1, upTo100ms);
        buckets.put(0.5, upTo500ms);
        buckets.put(1.0, upTo1s);
        buckets.put(Double.POSITIVE_INFINITY, all);
        return buckets;
    }
}
