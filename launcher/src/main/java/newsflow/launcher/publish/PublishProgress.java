package newsflow.launcher.publish;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Reports a publish run on stderr: each refusal and failure with its file (and line) as it happens, a progress bar
 * redrawn in place on a terminal (a counts line every few seconds otherwise), and the summary at the end.
 */
final class PublishProgress {

    private static final long REDRAW_EVERY_NANOS = Duration.ofMillis(200).toNanos();
    private static final long REPORT_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final long total;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private long lastNanos;
    private boolean barShown;
    private long accepted;
    private long refused;
    private long failed;

    /**
     * @param terminal whether stderr is a terminal, where a bar can be redrawn
     * @param total    how many articles are to come, -1 when unknown
     */
    PublishProgress(PrintStream err, boolean terminal, long total, LongSupplier nanoClock) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.lastNanos = startNanos;
    }

    void skipped(String file) {
        message("publish: skipped " + file + ": not .txt, .html, .htm, .json, .jsonl or .ndjson");
    }

    void record(String label, SendOutcome outcome) {
        if (outcome instanceof SendOutcome.Accepted) {
            accepted++;
        } else if (outcome instanceof SendOutcome.Refused refusal) {
            refused++;
            String field = refusal.refusal().field() == null
                    ? ""
                    : " (" + refusal.refusal().field() + ")";
            message("publish: " + label + " refused: " + refusal.refusal().reason() + field + " "
                    + refusal.refusal().message());
        } else if (outcome instanceof SendOutcome.Failed failure) {
            failed++;
            message("publish: " + label + " not sent: " + failure.message());
        } else if (outcome instanceof SendOutcome.Stopped stop) {
            failed++;
            message("publish: " + label + " not sent: " + stop.message());
        }
        long now = nanoClock.getAsLong();
        if (terminal ? now - lastNanos >= REDRAW_EVERY_NANOS : now - lastNanos >= REPORT_EVERY_NANOS) {
            lastNanos = now;
            show(now);
        }
    }

    /** A file or line that could not be read as an article; counted as refused. */
    void unreadable(ArticleInput.Unreadable input) {
        refused++;
        message("publish: " + input.label() + " refused: " + input.reason());
    }

    /** Clears the bar and returns the summary line. */
    String finish(String destination) {
        clearBar();
        double seconds = Math.max(1e-9, (nanoClock.getAsLong() - startNanos) / 1e9);
        return String.format(
                Locale.ROOT,
                "publish: %d accepted, %d refused, %d not sent, to %s in %.1f s",
                accepted,
                refused,
                failed,
                destination,
                seconds);
    }

    long accepted() {
        return accepted;
    }

    long refused() {
        return refused;
    }

    long failed() {
        return failed;
    }

    private void message(String line) {
        clearBar();
        err.println(line);
    }

    private void show(long now) {
        long done = accepted + refused + failed;
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        String counts = String.format(
                Locale.ROOT,
                "%d accepted, %d refused, %d not sent (%.0f/s)",
                accepted,
                refused,
                failed,
                done / seconds);
        if (!terminal) {
            err.println("publish: " + counts + " so far");
            return;
        }
        String bar = total > 0 ? bar(done) + " " + done + "/" + total + " " : done + " ";
        err.print("\r" + bar + counts);
        barShown = true;
    }

    private String bar(long done) {
        int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / Math.max(1, total));
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r\033[K");
            barShown = false;
        }
    }
}
