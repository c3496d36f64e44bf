package newsflow.launcher.batch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import newsflow.enrich.pipeline.ArticleEnrichment;
import newsflow.enrich.tagging.crf.CrfGazetteerTagger;
import newsflow.ingest.pipeline.ArticleIngestion;

/**
 * {@code java -jar newsflow.jar enrich IN.jsonl OUT.jsonl}: the offline batch. Reads one raw article a line (the
 * {@code articles.raw} JSON), writes one enriched article a line (the {@code articles.enriched} JSON, zones
 * included), running ingest's cleaning and the tagger in this process with no Kafka: for backfills, re-enrichment and
 * evaluation. Refused lines are reported on stderr with their numbers and reasons and counted; the exit status is
 * non-zero only for bad usage or an I/O error.
 */
public final class EnrichCommand {

    /** Exit status when the input cannot be read or the output cannot be written (sysexits' EX_IOERR). */
    public static final int IO_ERROR = 74;
    /** Ingest's default body limit, as {@code newsflow.ingest.max-body-size}. */
    static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
    /** A body at the limit, every character escaped in JSON, with room for the other fields. */
    static final int MAX_LINE_BYTES = (int) (MAX_BODY_BYTES * 6 + 64 * 1024);

    private EnrichCommand() {}

    /**
     * Runs the batch; {@code -} as the output writes to {@code out}, as the input reads stdin.
     *
     * @throws IllegalArgumentException for bad usage, with a message for the user
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        BatchOptions options = BatchOptions.parse(args);
        BatchProgress progress;
        try (InputStream in = input(options.input());
                OutputStream output = output(options.output(), out)) {
            err.println("enrich: loading the tagger");
            BatchEnrichment batch = batch(options);
            progress = new BatchProgress(err, System::nanoTime);
            batch.run(in, output, progress);
        } catch (IOException ex) {
            err.println("enrich: " + describe(ex));
            return IO_ERROR;
        }
        progress.finish();
        return 0;
    }

    /** The batch the command runs, with the tagger loaded: also the reference of the pipeline benchmark. */
    static BatchEnrichment batch(BatchOptions options) {
        var enrichment = new ArticleEnrichment(
                CrfGazetteerTagger.load(CrfGazetteerTagger.DEFAULT_MODEL), Clock.systemUTC(), options.maxTaggingTime());
        return new BatchEnrichment(
                ArticleIngestion.withDefaults(MAX_BODY_BYTES),
                enrichment,
                Clock.systemUTC(),
                options.threads(),
                MAX_LINE_BYTES);
    }

    private static InputStream input(String file) throws IOException {
        InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file));
        return new BufferedInputStream(in, 1 << 16);
    }

    private static OutputStream output(String file, PrintStream out) throws IOException {
        if (file.equals("-")) {
            return new BufferedOutputStream(new NotClosing(out), 1 << 16);
        }
        return new BufferedOutputStream(new FileOutputStream(file), 1 << 16);
    }

    private static String describe(IOException ex) {
        if (ex instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (ex instanceof FileNotFoundException) {
            return "cannot write: " + ex.getMessage();
        }
        return ex.toString();
    }

    /** Stdout stays open after the batch. */
    private static final class NotClosing extends FilterOutputStream {

        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
