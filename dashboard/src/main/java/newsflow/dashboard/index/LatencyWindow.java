package newsflow.dashboard.index;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

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
        NavigableMap<Double, Long> counts = difference(
                samples.peekLast().buckets(),
                samples.size() > 1 ? samples.peekFirst().buckets() : new TreeMap<>());
        long total = counts.isEmpty() ? 0 : counts.lastEntry().getValue();
        if (total == 0) {
            return result;
        }
        for (double percentile : PERCENTILES) {
            result.put(Double.toString(percentile), quantile(percentile * total, counts));
        }
        return result;
    }

    private static NavigableMap<Double, Long> difference(
            NavigableMap<Double, Long> newest, NavigableMap<Double, Long> oldest) {
        NavigableMap<Double, Long> difference = new TreeMap<>();
        newest.forEach((bound, count) -> difference.put(bound, count - oldest.getOrDefault(bound, 0L)));
        return difference;
    }

    private static double quantile(double rank, NavigableMap<Double, Long> cumulative) {
        double lowerBound = 0;
        long lowerCount = 0;
        for (Map.Entry<Double, Long> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return lowerBound;
                }
                long inBucket = bucket.getValue() - lowerCount;
                double share = inBucket == 0 ? 1 : (rank - lowerCount) / inBucket;
                return lowerBound + (bucket.getKey() - lowerBound) * share;
            }
            lowerBound = bucket.getKey();
            lowerCount = bucket.getValue();
        }
        return lowerBound;
    }

    private record Sample(Instant at, NavigableMap<Double, Long> buckets) {}
}
