package newsflow.dashboard.flow;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** The offset samples of the last rate window, from which rates are computed. Thread-safe. */
final class FlowHistory {

    private final Duration window;
    private final Deque<OffsetSample> samples = new ArrayDeque<>();

    FlowHistory(Duration window) {
        this.window = window;
    }

    synchronized void add(OffsetSample sample) {
        samples.addLast(sample);
        while (samples.size() > 2
                && samples.peekFirst().at().isBefore(sample.at().minus(window))) {
            samples.removeFirst();
        }
    }

    synchronized Optional<OffsetSample> latest() {
        return Optional.ofNullable(samples.peekLast());
    }

    /** Records per second of a growing count over the window; 0 until two samples exist. */
    synchronized double ratePerSecond(ToLongFunction<OffsetSample> count) {
        if (samples.size() < 2) {
            return 0;
        }
        OffsetSample first = samples.peekFirst();
        OffsetSample last = samples.peekLast();
        double seconds = Duration.between(first.at(), last.at()).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : Math.max(0, count.applyAsLong(last) - count.applyAsLong(first)) / seconds;
    }
}
