package newsflow.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsflow.contract.EventJson;

/** Reads the annotated sets on the test classpath: JSON lines, one record a line, blank lines skipped. */
public final class TestJsonLines {

    private TestJsonLines() {}

    public static <T> List<T> load(String resource, Class<T> type) {
        try (InputStream in = TestJsonLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the test classpath: " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<T> records = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    records.add(EventJson.mapper().readValue(line, type));
                }
            }
            return records;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
