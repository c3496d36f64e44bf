package newsflow.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import newsflow.contract.Action;
import newsflow.contract.ContentType;
import newsflow.contract.RawArticle;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;

/**
 * Whatever a publisher sends, the cleaner finishes, does not throw, never makes text longer than it was, and keeps
 * each zone non-empty, within the input's size, and normalised. The timeout on each try is a hang detector (a
 * regular expression or loop gone quadratic), not a speed test: the benchmark measures speed.
 */
class ArticleCleanerPropertiesTests {

    private static final Duration HANG = Duration.ofSeconds(10);
    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    @Property(tries = 300)
    void cleansAnyTextWithinItsSize(@ForAll("titles") String title, @ForAll("anyText") String body) {
        assertCleansWithinLimits(title, body, ContentType.TEXT_PLAIN);
    }

    @Property(tries = 300)
    void cleansAnyScrapedPageWithinItsSize(@ForAll("titles") String title, @ForAll("scrapedPages") String body) {
        assertCleansWithinLimits(title, body, ContentType.TEXT_PLAIN);
    }

    @Property(tries = 300)
    void cleansAnyHtmlWithinItsSize(@ForAll("titles") String title, @ForAll("htmlPages") String body) {
        assertCleansWithinLimits(title, body, ContentType.TEXT_HTML);
    }

    @Property(tries = 100)
    void cleansAnyTextAsHtmlWithinItsSize(@ForAll("anyText") String body) {
        assertCleansWithinLimits(null, body, ContentType.TEXT_HTML);
    }

    private static void assertCleansWithinLimits(String title, String body, ContentType type) {
        var raw = new RawArticle("demo", "1", null, title, body, type, null, null, null, Action.PUBLISH);
        int inputLength = body.length() + (title == null ? 0 : title.length());

        CleanArticle clean = assertTimeoutPreemptively(HANG, () -> CLEANER.clean(raw));

        assertThat(clean.zones().stream().mapToInt(zone -> zone.text().length()).sum())
                .isLessThanOrEqualTo(inputLength);
        assertThat(clean.zones()).extracting(Zone::name).doesNotHaveDuplicates().isSorted();
        for (Zone zone : clean.zones()) {
            assertThat(zone.text())
                    .as(zone.name().name())
                    .isNotBlank()
                    .isEqualTo(zone.text().strip())
                    .doesNotContain("\r", "\t", "\u200B", "\u0000", " \n", "\n ", "\n\n");
        }
        assertThat(clean.text(ZoneName.HEADLINE)).doesNotContain("\n");
        assertThat(clean.text(ZoneName.STANDFIRST)).doesNotContain("\n");
    }

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.of("Harbour bridge approved", "  Café  Zoë\topens ", "&amp; &lt;b&gt;", "\u0958\u0959"));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(2000),
                Arbitraries.strings()
                        .withChars("ab \n\r\t&;#x<>/\"=\u00A0\u200B\u0301\u0958\uFB2A\uD834")
                        .ofMaxLength(2000));
    }

    /** Lines of the shapes scraped pages have: paragraphs, bullets, promos, captions, teasers repeated twice. */
    @Provide
    Arbitrary<String> scrapedPages() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.of(
                        "The council voted on Tuesday.",
                        "  • Copenhagen ranked 4th",
                        "Subscribe to our newsletter",
                        "Read more",
                        "Share this article",
                        "(photo: Jeppe Kofod / Twitter)",
                        "Photo: AP",
                        "Related",
                        "",
                        "   ",
                        "&amp;nbsp;&#x1F600;&#0;",
                        "Cafe\u0301 \u0958\uFB2A\uD834\uDD5E",
                        "\u202E\u2066x"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40).map(title -> title + "\n" + title));
        return line.list().ofMaxSize(60).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> htmlPages() {
        return element(4)
                .list()
                .ofMaxSize(6)
                .map(parts -> "<html><head><title>T &amp; t</title>"
                        + "<meta name=\"description\" content=\"A page &lt;x&gt;\"></head><body>"
                        + String.join("", parts)
                        + "</body></html>");
    }

    private Arbitrary<String> element(int depth) {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.of(
                        "Text of the article.",
                        "&amp;",
                        "&lt;p&gt;",
                        "&#8220;q&#8221;",
                        "&bogus;",
                        "&#xD800;",
                        "<",
                        "a < b > c",
                        "<!-- comment -->",
                        "<![CDATA[x]]>",
                        "Subscribe now",
                        "\u0958"));
        if (depth == 0) {
            return text;
        }
        Arbitrary<String> tag = Arbitraries.of(
                "p",
                "div",
                "article",
                "nav",
                "script",
                "style",
                "h1",
                "h2",
                "figure",
                "figcaption",
                "span",
                "a",
                "ul",
                "li",
                "form",
                "aside",
                "footer",
                "header",
                "table",
                "td",
                "section",
                "main",
                "button",
                "noscript",
                "template",
                "svg",
                "iframe",
                "blockquote",
                "pre");
        Arbitrary<String> attribute = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.of("share", "cookie-banner", "standfirst", "related", "caption", "x", "lead", "footer nav")
                        .map(value -> " class=\"" + value + "\""),
                Arbitraries.of("navigation", "banner", "dialog").map(role -> " role=\"" + role + "\""),
                Arbitraries.strings().all().ofMaxLength(30).map(value -> " id=\"" + value + "\""));
        Arbitrary<List<String>> children = Arbitraries.lazy(() -> Arbitraries.oneOf(text, element(depth - 1)))
                .list()
                .ofMaxSize(4);
        Arbitrary<Boolean> closed = Arbitraries.of(true, true, true, false);
        return Combinators.combine(tag, attribute, children, closed)
                .as((name, attributes, content, close) ->
                        "<" + name + attributes + ">" + String.join("", content) + (close ? "</" + name + ">" : ""));
    }
}
