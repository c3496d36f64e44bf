package newsflow.launcher.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline batch ({@code newsflow.jar enrich}) as the pipeline benchmark's reference: the same cleaning and tagging
 * as the services, on the same texts, in this JVM with no Kafka, timed without the tagger's loading.
 */
public final class BatchReference {

    private final BatchEnrichment batch;

    private BatchReference(BatchEnrichment batch) {
        this.batch = batch;
    }

    /** Loads the tagger, as {@code newsflow.jar enrich IN OUT --threads N} does. */
    public static BatchReference load(int threads) {
        return new BatchReference(EnrichCommand.batch(
                BatchOptions.parse(new String[] {"-", "-", "--threads", Integer.toString(threads)})));
    }

    /** What one run did: the enriched lines it wrote, how many lines were refused, and how long it took. */
    public record Run(List<byte[]> enriched, long refused, long nanos) {}

    /** Enriches the raw articles, one JSON document each, as one input of the batch. */
    public Run run(List<byte[]> rawArticles) {
        var input = new ByteArrayOutputStream();
        for (byte[] article : rawArticles) {
            input.writeBytes(article);
            input.write('\n');
        }
        var output = new ByteArrayOutputStream();
        var progress = new BatchProgress(new PrintStream(OutputStream.nullOutputStream()), System::nanoTime);
        long start = System.nanoTime();
        try {
            batch.run(new ByteArrayInputStream(input.toByteArray()), output, progress);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        long nanos = System.nanoTime() - start;
        List<byte[]> lines = new ArrayList<>();
        try {
            var written = new JsonLines(new ByteArrayInputStream(output.toByteArray()), EnrichCommand.MAX_LINE_BYTES);
            for (JsonLines.Line line = written.next(); line != null; line = written.next()) {
                lines.add(line.bytes());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Run(lines, progress.refused(), nanos);
    }
}
