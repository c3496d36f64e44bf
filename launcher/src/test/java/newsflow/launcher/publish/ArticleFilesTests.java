package newsflow.launcher.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsflow.contract.ContentType;
import newsflow.contract.EventJson;
import newsflow.contract.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTests {

    @TempDir
    Path folder;

    @Test
    void aFolderGivesItsTextHtmlAndJsonFilesInNameOrderWithTheirPathsAsIds() throws IOException {
        Files.createDirectories(folder.resolve("2026/12"));
        Files.writeString(folder.resolve("2026/12/bridge.html"), "<p>Bridge</p>");
        Files.writeString(folder.resolve("a-story.txt"), "Headline\n\nBody.");
        Files.writeString(
                folder.resolve("b.jsonl"), "{\"source\":\"x\",\"id\":\"1\"}\n\n{\"source\":\"x\",\"id\":\"2\"}\n");
        Files.writeString(folder.resolve("notes.md"), "not an article");
        Files.writeString(folder.resolve(".hidden.txt"), "not read");
        List<String> skipped = new ArrayList<>();
        var files = new ArticleFiles(options(folder.toString()), stdin(""), skipped::add);

        List<ArticleInput> inputs = new ArrayList<>();
        files.forEach(inputs::add);

        assertThat(files.count()).isEqualTo(4);
        assertThat(inputs)
                .extracting(ArticleInput::label)
                .containsExactly(
                        folder.resolve("2026/12/bridge.html").toString(),
                        folder.resolve("a-story.txt").toString(),
                        folder.resolve("b.jsonl") + ":1",
                        folder.resolve("b.jsonl") + ":3");
        RawArticle html = raw(inputs.get(0));
        assertThat(html.id()).isEqualTo("2026/12/bridge");
        assertThat(html.contentType()).isEqualTo(ContentType.TEXT_HTML);
        assertThat(html.source()).isEqualTo("demo");
        assertThat(html.language()).isEqualTo("da");
        RawArticle text = raw(inputs.get(1));
        assertThat(text.id()).isEqualTo("a-story");
        assertThat(text.body()).isEqualTo("Headline\n\nBody.");
        assertThat(text.contentType()).isEqualTo(ContentType.TEXT_PLAIN);
        assertThat(skipped).containsExactly(folder.resolve("notes.md").toString());
    }

    @Test
    void aTextFileThatIsNotUtf8IsUnreadableWithItsReason() throws IOException {
        Path file = folder.resolve("latin1.txt");
        Files.write(file, "Zürich".getBytes(StandardCharsets.ISO_8859_1));
        List<ArticleInput> inputs = new ArrayList<>();

        new ArticleFiles(options(file.toString()), stdin(""), name -> {}).forEach(inputs::add);

        assertThat(inputs).containsExactly(new ArticleInput.Unreadable(file.toString(), "not UTF-8 text"));
    }

    @Test
    void stdinIsReadAsJsonLinesAndItsCountIsUnknownAhead() {
        var files = new ArticleFiles(options("-"), stdin("{\"a\":1}\n{\"b\":2}\n"), name -> {});
        List<ArticleInput> inputs = new ArrayList<>();

        files.forEach(inputs::add);

        assertThat(files.count()).isEqualTo(-1);
        assertThat(inputs).extracting(ArticleInput::label).containsExactly("stdin:1", "stdin:2");
    }

    private static RawArticle raw(ArticleInput input) {
        return EventJson.mapper().readValue(((ArticleInput.Article) input).json(), RawArticle.class);
    }

    private static PublishOptions options(String path) {
        return PublishOptions.parse(
                new String[] {path, "--bootstrap-servers", "localhost:9092", "--source", "demo", "--language", "da"});
    }

    private static ByteArrayInputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
