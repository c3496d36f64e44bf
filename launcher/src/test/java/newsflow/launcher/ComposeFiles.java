package newsflow.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The production-shape files at the repository root, read as plain YAML. */
final class ComposeFiles {

    static final Path ROOT = Path.of("..");

    private ComposeFiles() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String path) {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(path))) {
            return new Yaml().load(reader);
        } catch (IOException ex) {
            throw new IllegalStateException("cannot read " + path, ex);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    static String text(String path) {
        try {
            return Files.readString(ROOT.resolve(path));
        } catch (IOException ex) {
            throw new IllegalStateException("cannot read " + path, ex);
        }
    }
}
