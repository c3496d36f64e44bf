package newsflow.launcher.retag;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import newsflow.contract.RetagOutcome;
import newsflow.launcher.cli.ProgressBar;

/**
 * Reports a re-tag run on stderr: each failure as it comes, a progress bar redrawn in place on a terminal (a counts
 * line every few seconds otherwise), and the summary: re-tagged, changed, unchanged, failed.
 */
final class RetagProgress {

    private final ProgressBar bar;
    private final long total;
    private final Map<RetagOutcome.Result, Long> counts = new EnumMap<>(RetagOutcome.Result.class);

    RetagProgress(PrintStream err, boolean terminal, long total, LongSupplier nanoClock) {
        this.bar = new ProgressBar("retag", err, terminal, nanoClock);
        this.total = total;
        for (RetagOutcome.Result result : RetagOutcome.Result.values()) {
            counts.put(result, 0L);
        }
    }

    void record(RetagOutcome outcome) {
        counts.merge(outcome.result(), 1L, Long::sum);
        if (outcome.result() == RetagOutcome.Result.FAILED) {
            bar.message(
                    "retag: " + outcome.articleId() + " version " + outcome.version() + " failed: " + outcome.detail());
        }
        bar.update(
                answered(),
                total,
                String.format(
                        Locale.ROOT,
                        "re-tagged: %d changed, %d unchanged, %d failed",
                        count(RetagOutcome.Result.CHANGED),
                        count(RetagOutcome.Result.UNCHANGED),
                        count(RetagOutcome.Result.FAILED)));
    }

    long answered() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    long count(RetagOutcome.Result result) {
        return counts.get(result);
    }

    /** Clears the bar and returns the summary line. */
    String finish() {
        bar.clear();
        String summary = String.format(
                Locale.ROOT,
                "retag: %d re-tagged in %.1f s: %d changed (published again), %d unchanged, %d failed",
                answered(),
                bar.seconds(),
                count(RetagOutcome.Result.CHANGED),
                count(RetagOutcome.Result.UNCHANGED),
                count(RetagOutcome.Result.FAILED));
        long waiting = total - answered();
        return waiting > 0
                ? summary + "; " + waiting + " not answered yet (they stay on articles.retag, and enrich-service serves"
                        + " them as it can)"
                : summary;
    }
}
