package newsflow.launcher.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.ContentType;
import newsflow.contract.EventJson;
import newsflow.contract.RawArticle;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark's articles: whole publisher pages, furniture and markup included (by default the 66 pages of the
 * annotated web development set, half of them HTML), or the raw articles of a JSON Lines file, each sent as often as
 * needed under ids of its own, so that every article the benchmark sends is a new one to the pipeline.
 */
final class BenchmarkArticles {

    static final String DEFAULT_PAGES = "/websets/webdev.jsonl";

    private static final Pattern HTML_PARAGRAPH_END = Pattern.compile("</p>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_SKIPPED = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>|<[^>]*>");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final List<RawArticle> pages;
    private final String run;

    private BenchmarkArticles(List<RawArticle> pages, String run) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no articles to send");
        }
        this.pages = pages;
        this.run = run;
    }

    /**
     * The same pages, each cut after the paragraph in which its text reaches {@code words} words (what comes before
     * the article in a page, such as an HTML head and navigation, stays; what comes after goes), or whole with 0.
     */
    BenchmarkArticles cut(int words) {
        if (words == 0) {
            return this;
        }
        return new BenchmarkArticles(
                pages.stream().map(page -> cut(page, words)).toList(), run);
    }

    private static RawArticle cut(RawArticle page, int words) {
        String body = page.body();
        boolean html = page.contentType() == ContentType.TEXT_HTML;
        Matcher ends = (html ? HTML_PARAGRAPH_END : Pattern.compile("\\n\\s*\\n")).matcher(body);
        while (ends.find()) {
            String prefix = body.substring(0, ends.end());
            if (words(html ? HTML_SKIPPED.matcher(prefix).replaceAll(" ") : prefix) >= words) {
                body = html ? prefix + "\n</body></html>" : prefix.strip();
                break;
            }
        }
        return new RawArticle(
                page.source(),
                page.id(),
                page.url(),
                page.title(),
                body,
                page.contentType(),
                page.publishedAt(),
                page.language(),
                page.revision(),
                page.action());
    }

    private static int words(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    /** The web development set's pages, or the file's raw articles ({@code articles.raw} JSON, one a line). */
    static BenchmarkArticles load(Path file, String run) {
        try (InputStream in = file == null
                ? BenchmarkArticles.class.getResourceAsStream(DEFAULT_PAGES)
                : Files.newInputStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing from the test classpath: " + DEFAULT_PAGES);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<RawArticle> pages = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    pages.add(article(EventJson.mapper().readTree(line)));
                }
            }
            return new BenchmarkArticles(pages, run);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** An annotated page holds its raw article under {@code article}; a file of raw articles holds it whole. */
    private static RawArticle article(JsonNode line) {
        JsonNode article = line.has("article") ? line.get("article") : line;
        return EventJson.mapper().treeToValue(article, RawArticle.class);
    }

    /** Articles {@code from} to {@code from + count - 1} of this run, as {@code articles.raw} JSON. */
    List<Article> range(int from, int count) {
        List<Article> articles = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            RawArticle page = pages.get(i % pages.size());
            String id = "bench-" + run + "-" + i;
            var article = new RawArticle(
                    page.source(),
                    id,
                    page.url() == null ? null : page.url() + "?bench=" + run + "-" + i,
                    page.title(),
                    page.body(),
                    page.contentType(),
                    page.publishedAt(),
                    page.language(),
                    1L,
                    null);
            articles.add(
                    new Article(page.source() + ":" + id, EventJson.mapper().writeValueAsBytes(article)));
        }
        return articles;
    }

    /** One article to send: the record key a publisher uses on {@code articles.raw}, and its JSON. */
    record Article(String key, byte[] json) {}

    int distinctPages() {
        return pages.size();
    }
}
