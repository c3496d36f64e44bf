package newsflow.launcher.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The table of {@code docs/reliability.md}, written by the harness as its scenarios finish. */
final class ReliabilityReport {

    private final Path file;
    private final String producer;
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    ReliabilityReport(Path file, String producer) {
        this.file = file;
        this.producer = producer;
    }

    synchronized void add(ReliabilityRow row) {
        rows.add(row.markdown());
        write();
    }

    synchronized void note(String note) {
        notes.add(note);
        write();
    }

    private void write() {
        var text = new StringBuilder();
        text.append("Produced by `")
                .append(producer)
                .append("` on ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(" — ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ")
                .append(System.getProperty("java.version"))
                .append(", ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.arch"))
                .append(".\n\n");
        text.append(ReliabilityRow.HEADER).append('\n');
        rows.forEach(row -> text.append(row).append('\n'));
        if (!notes.isEmpty()) {
            text.append('\n');
            notes.forEach(note -> text.append("- ").append(note).append('\n'));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
