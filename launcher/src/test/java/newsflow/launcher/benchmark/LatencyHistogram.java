package newsflow.launcher.benchmark;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * index-service's {@code newsflow.pipeline.latency} histogram (from an article's arrival at ingest to its being
 * searchable) as its Prometheus endpoint shows it: cumulative counts by upper bound. The difference of two scrapes is
 * the histogram of the articles made searchable in between, from which {@link #quantile} estimates a percentile as
 * Prometheus' {@code histogram_quantile} does, by linear interpolation within the bucket.
 */
record LatencyHistogram(long count, TreeMap<Double, Long> cumulative) {

    private static final Pattern BUCKET =
            Pattern.compile("^newsflow_pipeline_latency_seconds_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*} (\\S+)$");
    private static final Pattern COUNT =
            Pattern.compile("^newsflow_pipeline_latency_seconds_count(?:\\{[^}]*})? (\\S+)$");

    static final LatencyHistogram EMPTY = new LatencyHistogram(0, new TreeMap<>());

    /** Reads the histogram from a Prometheus text exposition; empty while nothing was indexed yet. */
    static LatencyHistogram parse(String exposition) {
        long count = 0;
        var cumulative = new TreeMap<Double, Long>();
        for (String line : exposition.split("\n")) {
            Matcher bucket = BUCKET.matcher(line);
            if (bucket.matches()) {
                double bound =
                        bucket.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bucket.group(1));
                cumulative.merge(bound, (long) Double.parseDouble(bucket.group(2)), Long::sum);
                continue;
            }
            Matcher total = COUNT.matcher(line);
            if (total.matches()) {
                count += (long) Double.parseDouble(total.group(1));
            }
        }
        return new LatencyHistogram(count, cumulative);
    }

    /** The histogram of what was recorded after {@code earlier}. */
    LatencyHistogram since(LatencyHistogram earlier) {
        var difference = new TreeMap<Double, Long>();
        for (Map.Entry<Double, Long> bucket : cumulative.entrySet()) {
            difference.put(bucket.getKey(), bucket.getValue() - earlier.cumulative.getOrDefault(bucket.getKey(), 0L));
        }
        return new LatencyHistogram(count - earlier.count, difference);
    }

    /** The q-quantile in seconds, NaN with nothing recorded. */
    double quantile(double q) {
        if (count == 0 || cumulative.isEmpty()) {
            return Double.NaN;
        }
        double rank = q * count;
        double lowerBound = 0;
        long below = 0;
        for (Map.Entry<Double, Long> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return lowerBound;
                }
                long inBucket = bucket.getValue() - below;
                double fraction = inBucket == 0 ? 1 : (rank - below) / inBucket;
                return lowerBound + (bucket.getKey() - lowerBound) * fraction;
            }
            lowerBound = bucket.getKey();
            below = bucket.getValue();
        }
        return lowerBound;
    }
}
