package newsflow.launcher.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A command's progress on stderr: a bar redrawn in place where stderr is a terminal, a counts line every few seconds
 * where it is not (a log, a pipe); messages printed between redraws clear the bar first.
 */
public final class ProgressBar {

    private static final long REDRAW_EVERY_NANOS = Duration.ofMillis(200).toNanos();
    private static final long REPORT_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private static final int BAR_WIDTH = 30;

    private final String command;
    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private long lastNanos;
    private boolean barShown;

    /**
     * @param command  the command's name, which starts each line it prints
     * @param terminal whether stderr is a terminal, where a bar can be redrawn
     */
    public ProgressBar(String command, PrintStream err, boolean terminal, LongSupplier nanoClock) {
        this.command = command;
        this.err = err;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.lastNanos = startNanos;
    }

    /**
     * Shows the progress when it is time to: {@code done} of {@code total} (-1 when unknown) and the counts.
     */
    public void update(long done, long total, String counts) {
        long now = nanoClock.getAsLong();
        if (now - lastNanos < (terminal ? REDRAW_EVERY_NANOS : REPORT_EVERY_NANOS)) {
            return;
        }
        lastNanos = now;
        if (!terminal) {
            err.println(command + ": " + counts + " so far");
            return;
        }
        String bar = total > 0 ? bar(done, total) + " " + done + "/" + total + " " : done + " ";
        err.print("\r" + bar + counts);
        barShown = true;
    }

    /** Prints a line of its own, under the bar. */
    public void message(String line) {
        clear();
        err.println(line);
    }

    /** Clears the bar, before the summary. */
    public void clear() {
        if (barShown) {
            err.print("\r\033[K");
            barShown = false;
        }
    }

    /** Seconds since the bar was made. */
    public double seconds() {
        return Math.max(1e-9, (nanoClock.getAsLong() - startNanos) / 1e9);
    }

    private static String bar(long done, long total) {
        int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / Math.max(1, total));
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
    }
}
