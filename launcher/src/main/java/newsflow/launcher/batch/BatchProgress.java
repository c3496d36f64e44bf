package newsflow.launcher.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Reports a batch run on stderr: each refused or skipped line with its number and reason as it happens, the counts
 * every few seconds on long inputs, and a summary at the end.
 */
final class BatchProgress {

    private static final long REPORT_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final PrintStream err;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private long lastReportNanos;
    private long enriched;
    private long refused;
    private long skipped;

    BatchProgress(PrintStream err, LongSupplier nanoClock) {
        this.err = err;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.lastReportNanos = startNanos;
    }

    void record(LineOutcome outcome) {
        if (outcome instanceof LineOutcome.Refused refusal) {
            refused++;
            err.printf("enrich: line %d refused: %s%n", refusal.line(), refusal.reason());
        } else if (outcome instanceof LineOutcome.Skipped skip) {
            skipped++;
            err.printf("enrich: line %d skipped: %s%n", skip.line(), skip.reason());
        } else {
            enriched++;
        }
        long now = nanoClock.getAsLong();
        if (now - lastReportNanos >= REPORT_EVERY_NANOS) {
            lastReportNanos = now;
            err.println("enrich: " + counts(now) + " so far");
        }
    }

    /** Prints the summary line. */
    void finish() {
        err.println("enrich: " + counts(nanoClock.getAsLong()));
    }

    long enriched() {
        return enriched;
    }

    long refused() {
        return refused;
    }

    long skipped() {
        return skipped;
    }

    private String counts(long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        return String.format(
                Locale.ROOT,
                "%d enriched, %d refused, %d skipped in %.1f s (%.1f articles/s)",
                enriched,
                refused,
                skipped,
                seconds,
                (enriched + refused + skipped) / seconds);
    }
}
