package newsflow.dashboard.index;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import newsflow.support.metrics.CumulativeHistogram;

/**
 * End-to-end latency percentiles over the last minutes, from the cumulative histogram buckets index-service
 * publishes: the difference between the newest and the oldest sample of the window is the histogram of the
 * articles indexed in between, and a percentile is interpolated within its bucket, as Prometheus's
 * {@code histogram_quantile} does. Thread-safe.
 */
final class LatencyWindow {

    static final List<Double> PERCENTILES = List.of(0.5, 0.95, 0.99);

    private final Duration window;
    private final Deque<Sample> samples = new ArrayDeque<>();

    LatencyWindow(Duration window) {
        this.window = window;
    }

    /** Adds a sample: cumulative count of articles per bucket upper bound in seconds ({@code +Inf} included). */
    synchronized void add(Instant at, NavigableMap<Double, Long> buckets) {
        samples.addLast(new Sample(at, buckets));
        while (samples.size() > 2 && samples.peekFirst().at().isBefore(at.minus(window))) {
            samples.removeFirst();
        }
    }

    /** p50, p95 and p99 in seconds (keys "0.5", "0.95", "0.99") of the window; empty when nothing was indexed. */
    synchronized Map<String, Double> percentiles() {
        Map<String, Double> result = new LinkedHashMap<>();
        if (samples.isEmpty()) {
            return result;
        }
        CumulativeHistogram newest = new CumulativeHistogram(samples.peekLast().buckets());
        CumulativeHistogram between = samples.size() > 1
                ? newest.since(new CumulativeHistogram(samples.peekFirst().buckets()))
                : newest;
        if (between.count() == 0) {
            return result;
        }
        for (double percentile : PERCENTILES) {
            result.put(Double.toString(percentile), between.quantile(percentile));
        }
        return result;
    }

    private record Sample(Instant at, NavigableMap<Double, Long> buckets) {}
}
