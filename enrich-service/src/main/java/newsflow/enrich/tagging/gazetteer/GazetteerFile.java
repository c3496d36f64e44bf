package newsflow.enrich.tagging.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads one of the gazetteer's TSV files from {@code newsflow/enrich/gazetteer/} on the classpath: {@code #}
 * comment lines (one of them {@code # version: ...}), then rows of a fixed number of tab-separated columns.
 */
final class GazetteerFile {

    private static final String FOLDER = "/newsflow/enrich/gazetteer/";

    private GazetteerFile() {}

    /**
     * Hands each row's columns to {@code row}; returns the file's version.
     *
     * @throws IllegalStateException when the file is missing or a row has another number of columns
     */
    static String read(String file, int columnCount, Consumer<String[]> row) {
        try (InputStream in = GazetteerFile.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer file missing from the classpath: " + FOLDER + file);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String version = "unversioned";
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("# version:")) {
                    version = line.substring("# version:".length()).strip();
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != columnCount) {
                    throw new IllegalStateException(file + ": expected " + columnCount + " columns in: " + line);
                }
                row.accept(columns);
            }
            return version;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Each non-blank value of a {@code |}-separated column. */
    static void each(String column, Consumer<String> action) {
        for (String value : column.split("\\|")) {
            if (!value.isBlank()) {
                action.accept(value.strip());
            }
        }
    }
}
