package newsflow.support.metrics;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A histogram as Prometheus exposes it: cumulative counts by bucket upper bound in seconds, {@code +Inf} included.
 * The difference of two scrapes is the histogram of what was recorded in between, and {@link #quantile} interpolates
 * within the bucket, as Prometheus' {@code histogram_quantile} does. Read by the dashboard (index-service's
 * end-to-end latency) and by the end-to-end benchmark.
 *
 * @param buckets cumulative count by upper bound
 */
public record CumulativeHistogram(NavigableMap<Double, Long> buckets) {

    /** The buckets of {@code metric} ({@code newsflow_pipeline_latency_seconds}) in a text exposition; empty if none. */
    public static CumulativeHistogram parse(String exposition, String metric) {
        Pattern bucket =
                Pattern.compile("(?m)^" + Pattern.quote(metric) + "_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*} ([0-9.eE+]+)$");
        NavigableMap<Double, Long> buckets = new TreeMap<>();
        Matcher matcher = bucket.matcher(exposition == null ? "" : exposition);
        while (matcher.find()) {
            double bound =
                    matcher.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(matcher.group(1));
            buckets.merge(bound, (long) Double.parseDouble(matcher.group(2)), Long::sum);
        }
        return new CumulativeHistogram(buckets);
    }

    /** How many were recorded: the count of the last ({@code +Inf}) bucket. */
    public long count() {
        return buckets.isEmpty() ? 0 : buckets.lastEntry().getValue();
    }

    /** The histogram of what was recorded after {@code earlier}. */
    public CumulativeHistogram since(CumulativeHistogram earlier) {
        NavigableMap<Double, Long> difference = new TreeMap<>();
        buckets.forEach((bound, count) -> difference.put(bound, count - earlier.buckets.getOrDefault(bound, 0L)));
        return new CumulativeHistogram(difference);
    }

    /** The q-quantile in seconds, NaN with nothing recorded. */
    public double quantile(double q) {
        long count = count();
        if (count == 0) {
            return Double.NaN;
        }
        double rank = q * count;
        double lowerBound = 0;
        long lowerCount = 0;
        for (Map.Entry<Double, Long> bucket : buckets.entrySet()) {
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
}
