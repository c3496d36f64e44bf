package newsflow.ingest.cleaning.furniture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import newsflow.contract.Action;
import newsflow.contract.ContentType;
import newsflow.contract.RawArticle;
import newsflow.ingest.cleaning.ArticleCleaner;
import newsflow.ingest.cleaning.CleanArticle;

/** Example pages under src/test/resources/pages/, written for these tests, as raw articles with no title. */
public final class TestPages {

    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    private TestPages() {}

    /** The page {@code name} (file name with its extension: .txt is scraped text, .html is HTML), cleaned. */
    public static CleanArticle clean(String name) {
        ContentType type = name.endsWith(".html") ? ContentType.TEXT_HTML : ContentType.TEXT_PLAIN;
        return CLEANER.clean(raw(read(name), type));
    }

    public static CleanArticle cleanText(String body) {
        return CLEANER.clean(raw(body, ContentType.TEXT_PLAIN));
    }

    static CleanArticle cleanHtml(String body) {
        return CLEANER.clean(raw(body, ContentType.TEXT_HTML));
    }

    private static RawArticle raw(String body, ContentType type) {
        return new RawArticle("demo", "1", null, null, body, type, null, null, null, Action.PUBLISH);
    }

    private static String read(String name) {
        try (InputStream in = TestPages.class.getResourceAsStream("/pages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test page named " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
