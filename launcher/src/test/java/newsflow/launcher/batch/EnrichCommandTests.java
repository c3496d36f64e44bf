package newsflow.launcher.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleIds;
import newsflow.contract.Entity;
import newsflow.contract.EventJson;
import newsflow.contract.SampleArticles;
import newsflow.contract.ZoneName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow.jar enrich IN OUT}: real files, real ingest cleaning, the real tagger. */
class EnrichCommandTests {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void enrichesEveryRawArticleInInputOrderAndReportsTheLinesItRefused() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(EventJson.mapper().writeValueAsString(SampleArticles.seed("demo", "seed-batch")));
        SampleArticles.JSON_SAMPLES.forEach(
                name -> lines.add(SampleArticles.json(name).replace("\n", " ")));
        lines.add("not json{");
        lines.add("");
        lines.add("{\"source\": \"demo\", \"id\": \"gone\", \"action\": \"RETRACT\"}");
        lines.add("{\"source\": \"demo\", \"id\": \"no-body\"}");
        Path in = Files.write(folder.resolve("raw.jsonl"), lines, StandardCharsets.UTF_8);
        Path out = folder.resolve("enriched.jsonl");

        int status = run(in.toString(), out.toString(), "--threads", "2");

        assertThat(status).isZero();
        List<ArticleEnriched> enriched = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                .map(line -> EventJson.mapper().readValue(line, ArticleEnriched.class))
                .toList();
        assertThat(enriched).hasSize(4);
        assertThat(enriched.get(0).articleId()).isEqualTo(ArticleIds.derive("demo", "seed-batch"));
        assertThat(enriched.get(0).zones()).extracting(zone -> zone.name()).contains(ZoneName.BOILERPLATE);
        assertThat(enriched.get(0).entities())
                .extracting(Entity::id)
                .containsExactlyInAnyOrder(
                        "person:sergei-lavrov",
                        "person:jeppe-kofod",
                        "person:dmytro-kuleba",
                        "country:DK",
                        "country:RU",
                        "country:UA",
                        "org:united-nations",
                        "org:un-human-rights-council",
                        "org:european-union",
                        "org:twitter",
                        "location:geneva-ch",
                        "org:ministry-of-foreign-affairs-of-ukraine");
        assertThat(enriched.subList(1, 4)).extracting(ArticleEnriched::title).doesNotContainNull();
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .contains("line 5 refused: MALFORMED_JSON")
                .contains("line 7 skipped: a retraction")
                .contains("line 8 refused: MISSING_FIELD")
                .contains("4 enriched, 2 refused, 1 skipped");
    }

    @Test
    void writesToStdoutForADash() throws Exception {
        Path in = Files.writeString(
                folder.resolve("raw.jsonl"),
                SampleArticles.json("ecb-rates.json").replace("\n", " ") + "\n");

        int status = run(in.toString(), "-");

        assertThat(status).isZero();
        ArticleEnriched enriched = EventJson.mapper()
                .readValue(stdout.toString(StandardCharsets.UTF_8).strip(), ArticleEnriched.class);
        assertThat(enriched.entities()).extracting(Entity::id).contains("org:european-central-bank");
    }

    @Test
    void exitsWithAnIoErrorWhenTheInputIsMissing() {
        int status = run(
                folder.resolve("missing.jsonl").toString(),
                folder.resolve("out.jsonl").toString());

        assertThat(status).isEqualTo(EnrichCommand.IO_ERROR);
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .contains("no such file")
                .contains("missing.jsonl");
    }

    @Test
    void refusesUsageWithoutAnOutputFile() {
        assertThatThrownBy(() -> run("in.jsonl"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an input and an output file");
        assertThatThrownBy(() -> run("in.jsonl", "out.jsonl", "--threads", "none"))
                .hasMessageContaining("--threads must be a whole number");
    }

    private int run(String... args) {
        return EnrichCommand.run(
                args,
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }
}
