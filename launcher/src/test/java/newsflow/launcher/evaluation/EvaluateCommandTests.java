package newsflow.launcher.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow.jar evaluate FILE}: a real CoNLL file, ingest's real cleaning, the real tagger. */
class EvaluateCommandTests {

    private static final String CORPUS = """
            -DOCSTART- -X- -X- O

            Danish JJ B-NP B-MISC
            minister NN I-NP O
            meets VBZ B-VP O
            Lavrov NNP B-NP B-PER

            Jeppe NNP B-NP B-PER
            Kofod NNP I-NP I-PER
            met VBD B-VP O
            Sergei NNP B-NP B-PER
            Lavrov NNP I-NP I-PER
            in IN B-PP O
            Geneva NNP B-NP B-LOC
            on IN B-PP O
            Tuesday NNP B-NP O
            , , O O
            the DT B-NP O
            United NNP I-NP B-ORG
            Nations NNP I-NP I-ORG
            said VBD B-VP O
            . . O O

            """;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void scoresTheTaggerOnEachDocumentAsAnArticleAndPrintsConllevalScores() throws Exception {
        Path file = Files.writeString(folder.resolve("small.conll"), CORPUS);

        int status = run(file.toString(), "--language", "en", "--errors");

        String out = stdout.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(out)
                .contains("newsflow's cleaning and tagging, language en")
                .contains("processed 19 tokens with 5 phrases (PER, ORG, LOC; other types left out); found: 5 "
                        + "phrases; correct: 5.")
                .contains("precision: 100.00%; recall: 100.00%; FB1: 100.00")
                .containsPattern("PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  found 3, gold 3")
                .contains("Errors (0):");
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("1 of 1 documents");
    }

    @Test
    void scoresABareCrfModelFromTheClasspathOnTheFilesOwnTokens() throws Exception {
        Path file = Files.writeString(folder.resolve("small.conll"), CORPUS);

        int status = run(
                file.toString(),
                "--bare-crf",
                "edu/stanford/nlp/models/ner/english.conll.4class.distsim" + ".crf.ser.gz");

        assertThat(status).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8))
                .contains("the bare CRF")
                .contains("processed 19 tokens with 5 phrases");
    }

    @Test
    void exitsWithAnIoErrorForAMissingFileAndRefusesBadUsage() {
        assertThat(run(folder.resolve("missing.conll").toString())).isEqualTo(EvaluateCommand.IO_ERROR);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("no such file");
        assertThatThrownBy(() -> run()).hasMessageContaining("one CoNLL file");
        assertThatThrownBy(() -> run("a.conll", "--language", "english")).hasMessageContaining("ISO 639-1");
        assertThatThrownBy(() -> run("a.conll", "--tag-column", "0")).hasMessageContaining("counts from 1");
    }

    private int run(String... args) {
        return EvaluateCommand.run(
                args,
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }
}
