package newsflow.ingest.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.ingest.IngestProperties;

/**
 * One token bucket per publisher: {@code burst} requests at once, refilled at {@code requestsPerSecond}. A publisher
 * that pushes faster is told when to try again; the others are not affected.
 */
final class PublisherRateLimits {

    private final double perSecond;
    private final int burst;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    PublisherRateLimits(IngestProperties.RateLimit limit, Clock clock) {
        this.perSecond = limit.requestsPerSecond();
        this.burst = limit.burst();
        this.clock = clock;
    }

    /** Takes one request of this publisher's allowance; empty when allowed, else how long until one is. */
    Optional<Duration> take(String source) {
        return buckets.computeIfAbsent(source, ignored -> new Bucket(burst, clock.millis()))
                .take(clock.millis());
    }

    private final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized Optional<Duration> take(long now) {
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1000.0 * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis((long) Math.ceil((1 - tokens) / perSecond * 1000)));
        }
    }
}
