package newsflow.launcher.publish;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import newsflow.launcher.cli.ProgressBar;

/**
 * Reports a publish run on stderr: each refusal and failure with its file (and line) as it happens, a progress bar
 * redrawn in place on a terminal (a counts line every few seconds otherwise), and the summary at the end.
 */
final class PublishProgress {

    private final ProgressBar bar;
    private final long total;
    private long accepted;
    private long refused;
    private long failed;

    /**
     * @param terminal whether stderr is a terminal, where a bar can be redrawn
     * @param total    how many articles are to come, -1 when unknown
     */
    PublishProgress(PrintStream err, boolean terminal, long total, LongSupplier nanoClock) {
        this.bar = new ProgressBar("publish", err, terminal, nanoClock);
        this.total = total;
    }

    void skipped(String file) {
        bar.message("publish: skipped " + file + ": not .txt, .html, .htm, .json, .jsonl or .ndjson");
    }

    void record(String label, SendOutcome outcome) {
        if (outcome instanceof SendOutcome.Accepted) {
            accepted++;
        } else if (outcome instanceof SendOutcome.Refused refusal) {
            refused++;
            String field = refusal.refusal().field() == null
                    ? ""
                    : " (" + refusal.refusal().field() + ")";
            bar.message("publish: " + label + " refused: " + refusal.refusal().reason() + field + " "
                    + refusal.refusal().message());
        } else if (outcome instanceof SendOutcome.Failed failure) {
            failed++;
            bar.message("publish: " + label + " not sent: " + failure.message());
        } else if (outcome instanceof SendOutcome.Stopped stop) {
            failed++;
            bar.message("publish: " + label + " not sent: " + stop.message());
        }
        long done = accepted + refused + failed;
        bar.update(
                done,
                total,
                String.format(
                        Locale.ROOT,
                        "%d accepted, %d refused, %d not sent (%.0f/s)",
                        accepted,
                        refused,
                        failed,
                        done / bar.seconds()));
    }

    /** A file or line that could not be read as an article; counted as refused. */
    void unreadable(ArticleInput.Unreadable input) {
        refused++;
        bar.message("publish: " + input.label() + " refused: " + input.reason());
    }

    /** Clears the bar and returns the summary line. */
    String finish(String destination) {
        bar.clear();
        return String.format(
                Locale.ROOT,
                "publish: %d accepted, %d refused, %d not sent, to %s in %.1f s",
                accepted,
                refused,
                failed,
                destination,
                bar.seconds());
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
}
