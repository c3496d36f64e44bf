package newsflow.launcher.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLinesTests {

    @Test
    void readsLinesWithTheirNumbersAndWithoutLineBreaks() throws IOException {
        var lines = new JsonLines(input("{\"a\":1}\r\n\n{\"b\":2}"), 100);

        JsonLines.Line first = lines.next();
        assertThat(first.number()).isEqualTo(1);
        assertThat(new String(first.bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(lines.next().isBlank()).isTrue();
        assertThat(new String(lines.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"b\":2}");
        assertThat(lines.next()).isNull();
    }

    @Test
    void skipsALineOverTheLimitWithoutKeepingItAndGoesOn() throws IOException {
        var lines = new JsonLines(input("x".repeat(1_000) + "\n{\"ok\":true}\n"), 100);

        JsonLines.Line tooLong = lines.next();
        assertThat(tooLong.tooLong()).isTrue();
        assertThat(tooLong.bytes()).isNull();
        JsonLines.Line next = lines.next();
        assertThat(next.number()).isEqualTo(2);
        assertThat(new String(next.bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
    }

    private static ByteArrayInputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
