package newsflow.ingest.http;

import java.time.Duration;

/** A publisher sending faster than its rate limit: answered 429 with {@code Retry-After}; nothing was accepted. */
class RateLimitExceededException extends RuntimeException {

    private final long retryAfterSeconds;

    RateLimitExceededException(String source, Duration wait) {
        super("publisher " + source + " sends faster than its rate limit; nothing was accepted", null, false, false);
        this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** How long until the publisher may send again, in whole seconds, at least one. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
