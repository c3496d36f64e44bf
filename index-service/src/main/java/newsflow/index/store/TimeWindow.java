package newsflow.index.store;

import java.time.Instant;

/**
 * A span of publication times: from {@code from} (inclusive) to {@code to} (exclusive); either end may be open
 * (null).
 */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidQueryException("from must be before to, not " + from + " and " + to);
        }
    }

    public static TimeWindow always() {
        return new TimeWindow(null, null);
    }

    public boolean isOpen() {
        return from == null && to == null;
    }
}
