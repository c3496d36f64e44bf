package newsflow.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import newsflow.contract.Action;
import newsflow.contract.ContentType;
import newsflow.contract.RawArticle;
import newsflow.contract.SampleArticles;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import org.junit.jupiter.api.Test;

class ArticleCleanerTests {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void splitsTheSeedPageIntoItsZones() {
        CleanArticle clean = cleaner.clean(SampleArticles.seed("demo", "seed-1"));

        assertThat(clean.text(ZoneName.HEADLINE))
                .isEqualTo("Danish foreign minister shares tweet of mass-walkout during Russian UN speech");
        assertThat(clean.text(ZoneName.STANDFIRST))
                .isEqualTo(
                        "The Russian foreign minister, Sergei Lavrov, addressed "
                                + "the UN Human Rights Council remotely, blaming his absence on “EU states blocking his flight path”.");
        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo(String.join(
                        "\n",
                        "The Danish foreign minister, Jeppe Kofod, shared an image on Twitter this morning of a joint diplomatic "
                                + "walkout during a speech made by the Russian foreign minister, Sergei Lavrov, at a meeting of "
                                + "the UN Human Rights Council in Geneva.",
                        "Lavrov addressed the council remotely, having cancelled his attendance due to “EU states blocking his "
                                + "flight path”. The mass exodus of ministers and diplomats stood in a circle outside the meeting "
                                + "for the duration of the speech holding a Ukrainian flag.",
                        "The same meeting saw Ukraine’s foreign minister, Dmytro Kuleba, accuse Russia of war crimes and call for "
                                + "a special meeting to address Russian weapons of mass destruction.",
                        "The Tweet",
                        "Kofod tweeted the following caption alongside the image, which shows a queue of people leaving the "
                                + "meeting hall: “Joint diplomatic walkout with @MFA_Ukraine, EU colleagues during Russia’s "
                                + "statement @UN_HRC.”",
                        "It continued: “Russia bears full responsibility for its war of aggression against Ukraine We must "
                                + "fight back against Russian misinformation, protect human rights #HRC49 #StandWithUkraine "
                                + "#dkpol"));
        assertThat(clean.text(ZoneName.CAPTION))
                .isEqualTo("Kofod documented the mass-walkout on his Twitter account (photo: Jeppe Kofod / Twitter)");
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "Connect Club is your gateway to a vibrant programme of events and an international community in Denmark.",
                        "Copenhagen ranked 4th for career growth",
                        "Copenhagen ranked 4th for career growth",
                        "Copenhagen is ranked as the fourth-best city in the world for career growth, according to an analysis "
                                + "by EnjoyTravel. This ranking considers various factors such as living costs, salary levels, "
                                + "workforce availability, and overall quality of life. Copenhagen is noted for its blend of "
                                + "historical and modern elements, particularly in the green energy sector, which influences job "
                                + "opportunities.",
                        "Data shows that non-Western immigrants have saved local economies in Denmark",
                        "Data shows that non-Western immigrants have saved local economies in Denmark",
                        "A study reveals how only the massive influx of non-Western immigrants has saved many areas in Denmark "
                                + "from a decline in the workforce and a consequently shrinking economy",
                        "Long-term unemployment is double for non-Western immigrants",
                        "Long-term unemployment is double for non-Western immigrants",
                        "An analysis from the Labour Movement’s Business Council shows that the rate in long-term unemployment "
                                + "for non-Western immigrants is 1.8 times higher than for Danes. In other words, a chronic "
                                + "unemployment situation is way more probable for non-Western internationals."));
        assertThat(clean.zones())
                .extracting(Zone::name)
                .containsExactly(
                        ZoneName.HEADLINE, ZoneName.STANDFIRST, ZoneName.BODY, ZoneName.CAPTION, ZoneName.BOILERPLATE);
    }

    @Test
    void keepsThePublishersTitleAndDropsItsRepeatAtTheTopOfTheBody() {
        CleanArticle clean = cleaner.clean(plain(
                "Harbour bridge approved",
                "Harbour bridge approved\n\nThe council " + "voted on Tuesday.\n\nWork starts in 2027."));

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo("Harbour bridge approved");
        assertThat(clean.text(ZoneName.STANDFIRST)).isEqualTo("The council voted on Tuesday.");
        assertThat(clean.text(ZoneName.BODY)).isEqualTo("Work starts in 2027.");
    }

    @Test
    void givesARuleOfSignsAndAMenuPartedBySpacesOnAScrapedPageToBoilerplate() {
        CleanArticle clean = cleaner.clean(plain(
                null,
                "==========================\n"
                        + "News  Matanie  Haute-Gaspésie  Fisheries  Schools  Obituaries\n\n"
                        + "Ferry to the north shore pulled for three weeks\n\n"
                        + "The only ferry linking Matane to Baie-Comeau will be out of service until March 31.\n\n"
                        + "Divers found a crack in a propeller shaft during a routine inspection."));

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo("Ferry to the north shore pulled for three weeks");
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .contains("=====", "News Matanie Haute-Gaspésie Fisheries Schools Obituaries");
        assertThat(clean.text(ZoneName.BODY)).doesNotContain("Matanie");
    }

    @Test
    void treatsTheFirstParagraphAsBodyWhenThePublisherGaveTheTitleSeparately() {
        CleanArticle clean = cleaner.clean(
                plain("Harbour bridge approved", "The council voted on Tuesday.\n\n" + "Work starts in 2027."));

        assertThat(clean.text(ZoneName.STANDFIRST)).isEmpty();
        assertThat(clean.text(ZoneName.BODY)).isEqualTo("The council voted on Tuesday.\nWork starts in 2027.");
    }

    @Test
    void normalisesWhitespaceAndEntitiesButKeepsCurlyQuotesAndAccents() {
        CleanArticle clean = cleaner.clean(
                plain("Title", "  Søren  said\t“hello”&amp;left.\u200B \r\n\r\n" + "Cafe\u0301 Zoë   opened."));

        assertThat(clean.text(ZoneName.BODY)).isEqualTo("Søren said “hello”&left.\nCafé Zoë opened.");
    }

    @Test
    void takesHeadlineStandfirstParagraphsAndCaptionsFromHtmlAndMovesFurnitureToBoilerplate() {
        String html = """
                <html><head><title>Site | Bridge</title><meta name="description" content="A bridge at last.">
                <script>var x = "<p>not text</p>";</script><style>p{}</style></head>
                <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <article><h1>Harbour bridge approved</h1>
                <p class="standfirst">The council ends a three-year dispute.</p>
                <p>The council voted on Tuesday.</p>
                <figure><img src="b.jpg"><figcaption>The planned bridge (photo: City)</figcaption></figure>
                <h2>What next</h2><p>Work starts in 2027.</p>
                <div class="share-bar">Share on Facebook</div>
                </article>
                <div id="cookie-banner">We use cookies. Accept all cookies</div>
                <footer>© 2026 Demo News</footer></body></html>""";

        CleanArticle clean = cleaner.clean(
                new RawArticle("demo", "1", null, null, html, ContentType.TEXT_HTML, null, null, null, Action.PUBLISH));

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo("Harbour bridge approved");
        assertThat(clean.text(ZoneName.STANDFIRST)).isEqualTo("The council ends a three-year dispute.");
        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo("The council voted on Tuesday.\nWhat next\nWork starts in 2027.");
        assertThat(clean.text(ZoneName.CAPTION)).isEqualTo("The planned bridge (photo: City)");
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .contains("Share on Facebook", "Home News", "We use cookies", "© 2026 Demo News")
                .doesNotContain("not text");
    }

    @Test
    void movesRepeatedTeaserTitlesWithTheirSummaryToBoilerplate() {
        CleanArticle clean = cleaner.clean(plain(
                "Title",
                "The article.\n\nMore to read.\n\nOther story\nOther story\n"
                        + "Its summary line.\n\nSecond story\nSecond story\nAnother summary."));

        assertThat(clean.text(ZoneName.BODY)).isEqualTo("The article.\nMore to read.");
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo("Other story\nOther story\nIts summary line.\n"
                        + "Second story\nSecond story\nAnother summary.");
    }

    @Test
    void movesPromoSubscribeCookieShareAndReadMoreLinesToBoilerplate() {
        CleanArticle clean = cleaner.clean(plain(
                "Ferry strike ends",
                String.join(
                        "\n\n",
                        "The ferry strike ended on Monday after talks through the night.",
                        "Sign up to our morning newsletter and get the news first.",
                        "Read more: Ferry operator posts record profit",
                        "Unions said the deal protects jobs until 2030.",
                        "Become a member today and support independent journalism",
                        "Share this article",
                        "We use cookies to improve your experience. Accept all cookies",
                        "Subscribe for €1 a month")));

        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo("The ferry strike ended on Monday after talks through the "
                        + "night.\nUnions said the deal protects jobs until 2030.");
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "Sign up to our morning newsletter and get the news first.",
                        "Read more: Ferry operator posts record profit",
                        "Become a member today and support independent journalism",
                        "Share this article",
                        "We use cookies to improve your experience. Accept all cookies",
                        "Subscribe for €1 a month"));
    }

    @Test
    void keepsALongParagraphThatMentionsSubscribersAsArticleText() {
        String paragraph = "The streaming service lost 200,000 subscribers in the quarter, and its chief executive "
                + "said the company would not raise prices again this year. Analysts had expected a smaller loss, "
                + "citing the strong catalogue of new series released since the spring, and the shares fell by "
                + "eleven per cent in early trading on Thursday as investors weighed the outlook.";

        CleanArticle clean = cleaner.clean(plain("Streaming service loses subscribers", paragraph));

        assertThat(clean.text(ZoneName.BODY)).isEqualTo(paragraph);
        assertThat(clean.text(ZoneName.BOILERPLATE)).isEmpty();
    }

    @Test
    void movesATeaserTitleRepeatedAtTheEndWithoutSummaryToBoilerplate() {
        CleanArticle clean = cleaner.clean(
                plain("Title", "The article.\n\nIts second paragraph.\n\n" + "Related story\nRelated story"));

        assertThat(clean.text(ZoneName.BODY)).isEqualTo("The article.\nIts second paragraph.");
        assertThat(clean.text(ZoneName.BOILERPLATE)).isEqualTo("Related story\nRelated story");
    }

    @Test
    void takesAPageWithoutArticleElementAndItsHeadlineFromOpenGraphWhenItHasNoH1() {
        String html = """
                <html><head><meta property="og:title" content="Nordic derby ends in a draw">
                <meta property="og:description" content="Two late goals share the points."></head>
                <body><header><a href="/">Sports Daily</a></header>
                <div class="breadcrumbs">Sport › Football</div>
                <main><p>Copenhagen and Malmö drew 2–2 on Sunday.</p>
                <p>Both goals came in the last ten minutes.</p>
                <ul class="related-links"><li>Malmö sign new coach</li><li>Derby tickets sold out</li></ul>
                <section id="comments"><p>Great game!</p></section></main>
                <form><input name="q"><button>Search</button></form></body></html>""";

        CleanArticle clean = cleaner.clean(html(html));

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo("Nordic derby ends in a draw");
        assertThat(clean.text(ZoneName.STANDFIRST)).isEqualTo("Two late goals share the points.");
        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo("Copenhagen and Malmö drew 2–2 on Sunday.\nBoth goals came in the last ten minutes.");
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "Sports Daily",
                        "Sport › Football",
                        "Malmö sign new coach Derby tickets sold out",
                        "Great game!",
                        "Search"));
    }

    @Test
    void keepsTextAnHtmlPageEscapedOnPurposeAsThePageShowsIt() {
        CleanArticle clean = cleaner.clean(html("<article><h1>Tags &amp;amp; entities</h1>"
                + "<p>Write &amp;lt;p&amp;gt; for a paragraph &ndash; &#8220;quoted&#8221;&nbsp;text.</p>"
                + "<p>Second paragraph.</p></article>"));

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo("Tags &amp; entities");
        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo("Write &lt;p&gt; for a paragraph – “quoted” text.\nSecond paragraph.");
    }

    @Test
    void readsAHeadlineOutsideTheArticleElementOnceNotAlsoAsBoilerplate() {
        CleanArticle clean = cleaner.clean(html("<body><h1>Harbour bridge approved</h1><nav>Home</nav>"
                + "<article><p>The council voted on Tuesday.</p><p>Work starts in 2027.</p></article></body>"));

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo("Harbour bridge approved");
        assertThat(clean.text(ZoneName.BOILERPLATE)).isEqualTo("Home");
    }

    @Test
    void cleansAPageWithDeeplyNestedWidgetsAndAHugeClassAttributeWithoutHanging() {
        String html = "<article><h1>Headline</h1><p>Text of the article.</p><p>More text.</p>"
                + "<div class=\"share\">".repeat(1000) + "Share" + "</div>".repeat(1000)
                + "<p class=\"" + "x".repeat(50_000) + "\">Long class</p></article>";

        CleanArticle clean = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> cleaner.clean(html(html)));

        assertThat(clean.text(ZoneName.BODY)).isEqualTo("Text of the article.\nMore text.\nLong class");
        assertThat(clean.text(ZoneName.BOILERPLATE)).isEqualTo("Share");
    }

    @Test
    void movesElementsNamedForFurnitureToBoilerplateButNeverTheArticleOrTheWrapperOfItsHeadline() {
        CleanArticle clean = cleaner.clean(html("""
                <body><div class="page social-embeds"><article class="story popular">
                <div class="story-wrapper support-widgets"><h1>Harbour bridge approved</h1>
                <p>The council voted on Tuesday.</p><p>Work starts in 2027.</p>
                <div class="most-read"><p>Ferry fares rise again</p></div>
                <div id="donate-banner"><p>Keep Aarhus reporting going</p></div>
                <ul class="membership-offer"><li>Three months for 1 krone</li></ul>
                <section class="trending"><p>Ten years of the light rail</p></section></div>
                </article></div></body>"""));

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo("Harbour bridge approved");
        assertThat(clean.text(ZoneName.BODY)).isEqualTo("The council voted on Tuesday.\nWork starts in 2027.");
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "Ferry fares rise again",
                        "Keep Aarhus reporting going",
                        "Three months for 1 krone",
                        "Ten years of the light rail"));
    }

    @Test
    void movesAParagraphWhoseClassIsByToBoilerplate() {
        CleanArticle clean = cleaner.clean(html("""
                <body><article><h1>Astana end Kairat's unbeaten run</h1>
                <p class="by">Arman Zhumabayev at Astana Arena <time>Sunday 12 April 2026</time></p>
                <p>The roof was closed and the heating was on.</p><p>The visitors had not lost in 14 games.</p>
                </article></body>"""));

        assertThat(clean.text(ZoneName.BOILERPLATE)).contains("Arman Zhumabayev at Astana Arena");
        assertThat(clean.text(ZoneName.BODY)).doesNotContain("Zhumabayev");
    }

    private static RawArticle html(String page) {
        return new RawArticle("demo", "1", null, null, page, ContentType.TEXT_HTML, null, null, null, Action.PUBLISH);
    }

    @Test
    void treatsUnicodeLineAndParagraphSeparatorsAsLineBreaks() {
        CleanArticle clean = cleaner.clean(plain("Title\u2028", "First line.\u2029Second line.\u2028"));

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo("Title");
        assertThat(clean.text(ZoneName.BODY)).isEqualTo("First line.\nSecond line.");
    }

    private static RawArticle plain(String title, String body) {
        return new RawArticle(
                "demo", "1", null, title, body, ContentType.TEXT_PLAIN, Instant.EPOCH, null, null, Action.PUBLISH);
    }
}
