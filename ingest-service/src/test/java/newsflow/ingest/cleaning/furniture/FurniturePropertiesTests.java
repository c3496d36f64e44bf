package newsflow.ingest.cleaning.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import newsflow.contract.Action;
import newsflow.contract.ContentType;
import newsflow.contract.RawArticle;
import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.ArticleCleaner;
import newsflow.ingest.cleaning.CleanArticle;

/**
 * Reporting that uses the words of page furniture ("Shares in Siemens fell", "Readers who subscribe to the theory",
 * "Donations to the party rose", "Smith, who covers the courts for the paper, said", "Temperatures in Galway reached
 * 11°C") stays in BODY, and so do a list of facts inside the body and sub-headings; furniture of every class,
 * generated with other names and places, goes to BOILERPLATE wherever it stands, leaving the body as it was, and an
 * author's bio does after the last paragraph.
 */
class FurniturePropertiesTests {

    private static final ArticleCleaner CLEANER = new ArticleCleaner();
    private static final String TITLE = "Harbour strike ends after talks through the night";

    @Property(tries = 300)
    void keepsReportingThatUsesFurnitureWordsInTheBodyOfAScrapedPage(@ForAll("bodies") List<String> body) {
        CleanArticle clean = CLEANER.clean(text(String.join("\n\n", body)));

        assertThat(clean.text(ZoneName.BODY)).isEqualTo(String.join("\n", body));
        assertThat(clean.text(ZoneName.BOILERPLATE)).isEmpty();
        assertThat(clean.text(ZoneName.CAPTION)).isEmpty();
    }

    @Property(tries = 200)
    void keepsReportingThatUsesFurnitureWordsInTheBodyOfAnHtmlPage(@ForAll("bodies") List<String> body) {
        CleanArticle clean = CLEANER.clean(html(paragraphsHtml(body)));

        assertThat(clean.text(ZoneName.BODY)).isEqualTo(String.join("\n", body));
        assertThat(clean.text(ZoneName.BOILERPLATE)).isEmpty();
        assertThat(clean.text(ZoneName.CAPTION)).isEmpty();
    }

    @Property(tries = 200)
    void keepsAListOfFactsInsideTheBody(
            @ForAll("bodies") List<String> before,
            @ForAll("factLists") List<String> facts,
            @ForAll("bodies") List<String> after,
            @ForAll boolean numbered) {
        List<String> items = numbered ? numbered(facts) : facts;
        List<String> body = concat(before, items, after);

        CleanArticle text =
                CLEANER.clean(text(String.join("\n\n", concat(before, List.of(String.join("\n", items)), after))));
        CleanArticle html = CLEANER.clean(html(paragraphsHtml(before) + "<ol><li>" + String.join("</li><li>", facts)
                + "</li></ol>" + paragraphsHtml(after)));

        assertThat(text.text(ZoneName.BODY)).isEqualTo(String.join("\n", body));
        assertThat(text.text(ZoneName.BOILERPLATE)).isEmpty();
        assertThat(html.text(ZoneName.BODY)).isEqualTo(String.join("\n", concat(before, facts, after)));
        assertThat(html.text(ZoneName.BOILERPLATE)).isEmpty();
    }

    @Property(tries = 500)
    void movesFurnitureAnywhereInAScrapedPageToBoilerplate(
            @ForAll("bodies") List<String> body,
            @ForAll("furniture") List<String> furniture,
            @ForAll @IntRange(max = 6) int position) {
        int at = Math.min(position, body.size());
        String page = String.join(
                "\n\n",
                concat(body.subList(0, at), List.of(String.join("\n", furniture)), body.subList(at, body.size())));

        CleanArticle clean = CLEANER.clean(text(page));

        assertThat(clean.text(ZoneName.BODY)).isEqualTo(String.join("\n", body));
        assertThat(clean.text(ZoneName.BOILERPLATE).lines()).containsExactlyElementsOf(stripBullets(furniture));
    }

    @Property(tries = 300)
    void movesFurnitureInPlainHtmlElementsToBoilerplate(
            @ForAll("bodies") List<String> body,
            @ForAll("furniture") List<String> furniture,
            @ForAll @IntRange(max = 6) int position,
            @ForAll boolean asList) {
        int at = Math.min(position, body.size());
        String widget = asList
                ? "<div><ul><li>" + String.join("</li><li>", furniture) + "</li></ul></div>"
                : "<div>" + paragraphsHtml(furniture) + "</div>";

        CleanArticle clean = CLEANER.clean(
                html(paragraphsHtml(body.subList(0, at)) + widget + paragraphsHtml(body.subList(at, body.size()))));

        assertThat(clean.text(ZoneName.BODY)).isEqualTo(String.join("\n", body));
        assertThat(clean.text(ZoneName.BOILERPLATE).lines()).containsExactlyElementsOf(furniture);
    }

    @Property(tries = 200)
    void keepsSubHeadingsAndTheirParagraphsInTheBody(@ForAll("bodiesWithSubHeadings") List<String> body) {
        CleanArticle text = CLEANER.clean(text(String.join("\n\n", body)));
        CleanArticle html = CLEANER.clean(html(subHeadedHtml(body)));

        assertThat(text.text(ZoneName.BODY)).isEqualTo(String.join("\n", body));
        assertThat(text.text(ZoneName.BOILERPLATE)).isEmpty();
        assertThat(html.text(ZoneName.BODY)).isEqualTo(String.join("\n", body));
        assertThat(html.text(ZoneName.BOILERPLATE)).isEmpty();
    }

    @Property(tries = 300)
    void movesAnAuthorBioAfterTheLastParagraphToBoilerplate(
            @ForAll("bodies") List<String> body, @ForAll("bios") String bio, @ForAll("furniture") List<String> after) {
        String page = String.join("\n\n", concat(body, List.of(bio), List.of(String.join("\n", after))));

        CleanArticle text = CLEANER.clean(text(page));
        CleanArticle html = CLEANER.clean(
                html(paragraphsHtml(body) + "<p>" + bio + "</p><div>" + paragraphsHtml(after) + "</div>"));

        assertThat(text.text(ZoneName.BODY)).isEqualTo(String.join("\n", body));
        assertThat(text.text(ZoneName.BOILERPLATE).lines())
                .containsExactlyElementsOf(concat(List.of(bio), stripBullets(after)));
        assertThat(html.text(ZoneName.BODY)).isEqualTo(String.join("\n", body));
        assertThat(html.text(ZoneName.BOILERPLATE).lines()).containsExactlyElementsOf(concat(List.of(bio), after));
    }

    @Provide
    Arbitrary<List<String>> bodiesWithSubHeadings() {
        return ArticleText.bodiesWithSubHeadings();
    }

    @Provide
    Arbitrary<String> bios() {
        return PageFurniture.bios();
    }

    @Provide
    Arbitrary<List<String>> bodies() {
        return ArticleText.bodies();
    }

    @Provide
    Arbitrary<List<String>> factLists() {
        return ArticleText.facts().list().uniqueElements().ofMinSize(3).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<String>> furniture() {
        return PageFurniture.any();
    }

    private static List<String> numbered(List<String> lines) {
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            numbered.add((i + 1) + ". " + lines.get(i));
        }
        return numbered;
    }

    /** The lines as a scraped page's cleaning keeps them: without "• " bullets. */
    private static List<String> stripBullets(List<String> lines) {
        return lines.stream()
                .map(line -> line.startsWith("• ") ? line.substring(2) : line)
                .toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    /** The body as HTML: the first line of each section (after the lead) an {@code <h2>}, the rest paragraphs. */
    private static String subHeadedHtml(List<String> body) {
        var html = new StringBuilder("<p>").append(body.get(0)).append("</p>");
        for (int i = 1; i < body.size(); i++) {
            boolean heading = !body.get(i).endsWith(".") && !body.get(i).endsWith(".”");
            html.append(heading ? "<h2>" : "<p>").append(body.get(i)).append(heading ? "</h2>" : "</p>");
        }
        return html.toString();
    }

    private static String paragraphsHtml(List<String> paragraphs) {
        return paragraphs.isEmpty() ? "" : "<p>" + String.join("</p><p>", paragraphs) + "</p>";
    }

    private static RawArticle text(String body) {
        return new RawArticle("demo", "1", null, TITLE, body, ContentType.TEXT_PLAIN, null, null, null, Action.PUBLISH);
    }

    private static RawArticle html(String articleHtml) {
        return new RawArticle(
                "demo",
                "1",
                null,
                null,
                "<html><body><article><h1>" + TITLE + "</h1>" + articleHtml + "</article></body></html>",
                ContentType.TEXT_HTML,
                null,
                null,
                null,
                Action.PUBLISH);
    }
}
