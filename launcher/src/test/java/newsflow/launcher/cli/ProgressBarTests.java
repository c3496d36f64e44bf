package newsflow.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTests {

    private final AtomicLong nanos = new AtomicLong();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void redrawsTheBarInPlaceOnATerminalAndClearsItForAMessage() {
        var bar = new ProgressBar("retag", new PrintStream(err, true, StandardCharsets.UTF_8), true, nanos::get);

        bar.update(1, 10, "too soon");
        nanos.addAndGet(300_000_000L);
        bar.update(5, 10, "re-tagged: 5 changed");
        bar.message("retag: a failed");

        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("\r[###############---------------] 5/10 re-tagged: 5 changed\r\033[Kretag: a failed"
                        + System.lineSeparator());
    }

    @Test
    void printsACountsLineEveryFewSecondsWhereStderrIsNotATerminal() {
        var bar = new ProgressBar("publish", new PrintStream(err, true, StandardCharsets.UTF_8), false, nanos::get);

        nanos.addAndGet(1_000_000_000L);
        bar.update(3, -1, "3 accepted");
        nanos.addAndGet(5_000_000_000L);
        bar.update(9, -1, "9 accepted");

        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("publish: 9 accepted so far" + System.lineSeparator());
    }
}
