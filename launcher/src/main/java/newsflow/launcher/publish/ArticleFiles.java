package newsflow.launcher.publish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import newsflow.contract.ContentType;
import newsflow.contract.EventJson;
import newsflow.contract.RawArticle;
import newsflow.support.text.StrictUtf8;

/**
 * Reads the articles to publish from files, folders and stdin. A {@code .txt} file is one plain-text article and an
 * {@code .html} or {@code .htm} file one HTML page, each sent with the publisher id of {@code --source} and its path
 * (relative to the folder given, without the extension) as the article id; a {@code .json} file is one article in
 * the {@code articles.raw} JSON shape, a {@code .jsonl} or {@code .ndjson} file one a line, and {@code -} reads JSON
 * lines from stdin. Folders are walked in name order; files of other kinds in them are skipped, with a message.
 */
final class ArticleFiles {

    static final String STDIN = "-";
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private enum Kind {
        TEXT,
        HTML,
        JSON,
        JSON_LINES
    }

    private final List<String> paths;
    private final String source;
    private final String language;
    private final InputStream stdin;
    private final Consumer<String> skipped;

    /**
     * @param skipped told of each file of a folder that is not of a kind to publish
     */
    ArticleFiles(PublishOptions options, InputStream stdin, Consumer<String> skipped) {
        this.paths = options.paths();
        this.source = options.source();
        this.language = options.language();
        this.stdin = stdin;
        this.skipped = skipped;
    }

    /** How many articles the paths hold, counting what {@link #forEach} will give; -1 when stdin is among them. */
    long count() {
        long count = 0;
        for (String path : paths) {
            if (STDIN.equals(path)) {
                return -1;
            }
            try {
                List<Path> files = files(Path.of(path), name -> {});
                for (Path file : files) {
                    count += kind(file) == Kind.JSON_LINES ? nonBlankLines(file) : 1;
                }
                count += files.isEmpty() && !Files.isDirectory(Path.of(path)) ? 1 : 0;
            } catch (UncheckedIOException ex) {
                count++;
            }
        }
        return count;
    }

    /** Gives each article, or each file or line that cannot be one, in order. */
    void forEach(Consumer<ArticleInput> articles) {
        for (String path : paths) {
            if (STDIN.equals(path)) {
                jsonLines("stdin", stdin, articles);
                continue;
            }
            Path root = Path.of(path);
            if (!Files.exists(root)) {
                articles.accept(new ArticleInput.Unreadable(path, "no such file or folder"));
                continue;
            }
            List<Path> files;
            try {
                files = files(root, skipped);
            } catch (UncheckedIOException ex) {
                articles.accept(new ArticleInput.Unreadable(path, "cannot read the folder: " + reason(ex.getCause())));
                continue;
            }
            for (Path file : files) {
                read(root, file, articles);
            }
        }
    }

    private void read(Path root, Path file, Consumer<ArticleInput> articles) {
        String label = file.toString();
        Kind kind = kind(file);
        try {
            if (kind == Kind.JSON_LINES) {
                try (InputStream in = Files.newInputStream(file)) {
                    jsonLines(label, in, articles);
                }
                return;
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                articles.accept(new ArticleInput.Unreadable(label, "larger than " + MAX_FILE_BYTES + " bytes"));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (kind == Kind.JSON) {
                articles.accept(new ArticleInput.Article(label, bytes));
                return;
            }
            if (source == null) {
                articles.accept(
                        new ArticleInput.Unreadable(label, "a text or HTML file needs its publisher id: --source ID"));
                return;
            }
            articles.accept(StrictUtf8.decode(bytes)
                    .<ArticleInput>map(
                            text -> new ArticleInput.Article(label, rawArticle(articleId(root, file), text, kind)))
                    .orElseGet(() -> new ArticleInput.Unreadable(label, "not UTF-8 text")));
        } catch (IOException | UncheckedIOException ex) {
            articles.accept(new ArticleInput.Unreadable(label, "cannot read it: " + reason(ex)));
        }
    }

    private byte[] rawArticle(String id, String text, Kind kind) {
        var raw = new RawArticle(
                source,
                id,
                null,
                null,
                text,
                kind == Kind.HTML ? ContentType.TEXT_HTML : ContentType.TEXT_PLAIN,
                null,
                language,
                null,
                null);
        return EventJson.mapper().writeValueAsBytes(raw);
    }

    /** The file's path under the folder given (its name, for a file given itself), without its extension. */
    static String articleId(Path root, Path file) {
        Path relative = file.equals(root) ? file.getFileName() : root.relativize(file);
        String id = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
        int dot = id.lastIndexOf('.');
        return dot > id.lastIndexOf('/') + 1 ? id.substring(0, dot) : id;
    }

    private static void jsonLines(String label, InputStream in, Consumer<ArticleInput> articles) {
        // Lines are decoded leniently here; a line that is not UTF-8 is refused by the reader with its reason.
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    articles.accept(
                            new ArticleInput.Article(label + ":" + number, line.getBytes(StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException ex) {
            articles.accept(new ArticleInput.Unreadable(label, "cannot read it: " + reason(ex)));
        }
    }

    private static List<Path> files(Path root, Consumer<String> skipped) {
        if (!Files.isDirectory(root)) {
            return Files.exists(root) ? List.of(root) : List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .forEach(file -> {
                        if (kind(file) == null) {
                            skipped.accept(file.toString());
                        } else {
                            files.add(file);
                        }
                    });
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return files;
    }

    private static Kind kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Kind.JSON_LINES;
        }
        if (name.endsWith(".json")) {
            return Kind.JSON;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.HTML;
        }
        if (name.endsWith(".txt")) {
            return Kind.TEXT;
        }
        return null;
    }

    private static long nonBlankLines(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> !line.isBlank()).count();
        } catch (IOException | UncheckedIOException ex) {
            return 1;
        }
    }

    private static String reason(Throwable ex) {
        if (ex instanceof UncheckedIOException unchecked) {
            return reason(unchecked.getCause());
        }
        if (ex instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (ex instanceof NoSuchFileException) {
            return "no such file";
        }
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }
}
