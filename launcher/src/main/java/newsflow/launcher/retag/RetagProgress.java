package newsflow.launcher.retag;

import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import newsflow.contract.RetagOutcome;

/**
 * Reports a re-tag run on stderr: each failure as it comes, a progress bar redrawn in place on a terminal (a counts
 * line every few seconds otherwise), and the summary: re-tagged, changed, unchanged, failed.
 */
final class RetagProgress {

    private static final long REDRAW_EVERY_NANOS = Duration.ofMillis(200).toNanos();
    private static final long REPORT_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final long total;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private final Map<RetagOutcome.Result, Long> counts = new EnumMap<>(RetagOutcome.Result.class);
    private long lastNanos;
    private boolean barShown;

    RetagProgress(PrintStream err, boolean terminal, long total, LongSupplier nanoClock) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.lastNanos = startNanos;
        for (RetagOutcome.Result result : RetagOutcome.Result.values()) {
            counts.put(result, 0L);
        }
    }

    void record(RetagOutcome outcome) {
        counts.merge(outcome.result(), 1L, Long::sum);
        if (outcome.result() == RetagOutcome.Result.FAILED) {
            clearBar();
            err.println(
                    "retag: " + outcome.articleId() + " version " + outcome.version() + " failed: " + outcome.detail());
        }
        long now = nanoClock.getAsLong();
        if (now - lastNanos >= (terminal ? REDRAW_EVERY_NANOS : REPORT_EVERY_NANOS)) {
            lastNanos = now;
            show();
        }
    }

    long answered() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    long count(RetagOutcome.Result result) {
        return counts.get(result);
    }

    /** Clears the bar and returns the summary line. */
    String finish() {
        clearBar();
        double seconds = Math.max(1e-9, (nanoClock.getAsLong() - startNanos) / 1e9);
        String summary = String.format(
                Locale.ROOT,
                "retag: %d re-tagged in %.1f s: %d changed (published again), %d unchanged, %d failed",
                answered(),
                seconds,
                count(RetagOutcome.Result.CHANGED),
                count(RetagOutcome.Result.UNCHANGED),
                count(RetagOutcome.Result.FAILED));
        long waiting = total - answered();
        return waiting > 0
                ? summary + "; " + waiting + " not answered yet (they stay on articles.retag, and enrich-service serves"
                        + " them as it can)"
                : summary;
    }

    private void show() {
        String line = String.format(
                Locale.ROOT,
                "%d/%d re-tagged: %d changed, %d unchanged, %d failed",
                answered(),
                total,
                count(RetagOutcome.Result.CHANGED),
                count(RetagOutcome.Result.UNCHANGED),
                count(RetagOutcome.Result.FAILED));
        if (!terminal) {
            err.println("retag: " + line);
            return;
        }
        int filled = (int) Math.min(BAR_WIDTH, answered() * BAR_WIDTH / Math.max(1, total));
        err.print("\r[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + line);
        barShown = true;
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r\033[K");
            barShown = false;
        }
    }
}
