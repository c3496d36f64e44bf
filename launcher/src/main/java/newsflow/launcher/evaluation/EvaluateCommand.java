package newsflow.launcher.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import newsflow.enrich.pipeline.ArticleEnrichment;
import newsflow.enrich.tagging.crf.CrfGazetteerTagger;
import newsflow.ingest.pipeline.ArticleIngestion;

/**
 * {@code java -jar newsflow.jar evaluate FILE}: scores newsflow's tagging on a CoNLL-format named-entity corpus,
 * such as CoNLL-2003, or the user's own annotated text. Each document goes through ingest's cleaning and the tagger
 * as an article would; the scores are printed as conlleval prints them, for PER, ORG and LOC. With
 * {@code --bare-crf MODEL} a CoreNLP CRF model alone is scored on the file's own tokens instead, for comparison.
 */
public final class EvaluateCommand {

    /** Exit status when the file cannot be read (sysexits' EX_IOERR). */
    public static final int IO_ERROR = 74;
    /** Bodies as large as the batch command takes. */
    private static final long MAX_BODY_BYTES = 8L * 1024 * 1024;

    private static final Duration MAX_TAGGING_TIME = Duration.ofMinutes(1);

    private EvaluateCommand() {}

    /**
     * Runs the evaluation; the scores go to {@code out}, progress to {@code err}.
     *
     * @throws IllegalArgumentException for bad usage, with a message for the user
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        EvaluateOptions options = EvaluateOptions.parse(args);
        List<ConllCorpus.Document> documents;
        try {
            documents = ConllCorpus.read(Path.of(options.file()), options.tokenColumn(), options.tagColumn());
        } catch (NoSuchFileException ex) {
            err.println("evaluate: no such file: " + ex.getFile());
            return IO_ERROR;
        } catch (IOException ex) {
            err.println("evaluate: cannot read " + options.file() + ": " + ex);
            return IO_ERROR;
        }
        err.printf("evaluate: %d documents; loading the tagger%n", documents.size());
        DocumentTagger tagger = options.bareCrf() != null
                ? BareCrfTagger.load(options.bareCrf())
                : new PipelineTagger(
                        ArticleIngestion.withDefaults(MAX_BODY_BYTES),
                        new ArticleEnrichment(
                                CrfGazetteerTagger.load(CrfGazetteerTagger.DEFAULT_MODEL),
                                Clock.systemUTC(),
                                MAX_TAGGING_TIME),
                        options.language());
        long start = System.nanoTime();
        var evaluation = new ConllEvaluation(tagger, options.threads()).run(documents, err);
        err.printf("evaluate: tagged in %.1f s%n", (System.nanoTime() - start) / 1e9);
        out.println(options.file() + ": " + tagger.description());
        evaluation.scores().print(out, "PER, ORG, LOC; other types left out");
        if (evaluation.insideTokens() > 0) {
            out.printf(
                    "%d mentions inside a token (\"Tripoli\" in \"Tripoli-based\", \"New York\" in \"New "
                            + "York-based\") left out: CoNLL's tokens cannot name them%n",
                    evaluation.insideTokens());
        }
        if (evaluation.unalignedLines() > 0 || evaluation.refused() > 0) {
            out.printf(
                    "%d lines changed by cleaning could not be mapped to their tokens (their entities count as "
                            + "missed); %d documents refused%n",
                    evaluation.unalignedLines(), evaluation.refused());
        }
        if (options.errors()) {
            out.printf("%nErrors (%d):%n", evaluation.errors().size());
            evaluation.errors().forEach(error -> out.println("  " + error));
        }
        return 0;
    }
}
