package newsflow.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newsflow.contract.Action;
import newsflow.contract.ContentType;
import newsflow.contract.RawArticle;
import newsflow.contract.SampleArticles;
import newsflow.contract.ZoneName;
import org.junit.jupiter.api.Test;

class ArticleCleanerTests {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void splitsTheSeedPageIntoItsZones() {
        CleanArticle clean = cleaner.clean(SampleArticles.seed("demo", "seed-1"));

        assertThat(clean.text(ZoneName.HEADLINE))
                .isEqualTo("Danish foreign minister shares tweet of mass-walkout during Russian UN speech");
        assertThat(clean.text(ZoneName.STANDFIRST)).isEqualTo("The Russian foreign minister, Sergei Lavrov, addressed "
                + "the UN Human Rights Council remotely, blaming his absence on “EU states blocking his flight path”.");
        assertThat(clean.text(ZoneName.BODY)).isEqualTo(String.join("\n",
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
        assertThat(clean.text(ZoneName.CAPTION)).isEqualTo(
                "Kofod documented the mass-walkout on his Twitter account (photo: Jeppe Kofod / Twitter)");
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .startsWith("Connect Club is your gateway to a vibrant programme of events")
                .contains("Copenhagen ranked 4th for career growth\nCopenhagen ranked 4th for career growth")
                .endsWith("a chronic unemployment situation is way more probable for non-Western internationals.");
    }

    @Test
    void keepsThePublishersTitleAndDropsItsRepeatAtTheTopOfTheBody() {
        CleanArticle clean = cleaner.clean(plain("Harbour bridge approved", "Harbour bridge approved\n\nThe council "
                + "voted on Tuesday.\n\nWork starts in 2027."));

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo("Harbour bridge approved");
        assertThat(clean.text(ZoneName.STANDFIRST)).isEqualTo("The council voted on Tuesday.");
        assertThat(clean.text(ZoneName.BODY)).isEqualTo("Work starts in 2027.");
    }

    @Test
    void treatsTheFirstParagraphAsBodyWhenThePublisherGaveTheTitleSeparately() {
        CleanArticle clean = cleaner.clean(plain("Harbour bridge approved", "The council voted on Tuesday.\n\n"
                + "Work starts in 2027."));

        assertThat(clean.text(ZoneName.STANDFIRST)).isEmpty();
        assertThat(clean.text(ZoneName.BODY)).isEqualTo("The council voted on Tuesday.\nWork starts in 2027.");
    }

    @Test
    void normalisesWhitespaceAndEntitiesButKeepsCurlyQuotesAndAccents() {
        CleanArticle clean = cleaner.clean(plain("Title", "  Søren  said\t“hello”&amp;left.\u200B \r\n\r\n"
                + "Cafe\u0301 Zoë   opened."));

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

        CleanArticle clean = cleaner.clean(new RawArticle("demo", "1", null, null, html, ContentType.TEXT_HTML, null,
                null, null, Action.PUBLISH));

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
        CleanArticle clean = cleaner.clean(plain("Title", "The article.\n\nMore to read.\n\nOther story\nOther story\n"
                + "Its summary line.\n\nSecond story\nSecond story\nAnother summary."));

        assertThat(clean.text(ZoneName.BODY)).isEqualTo("The article.\nMore to read.");
        assertThat(clean.text(ZoneName.BOILERPLATE)).isEqualTo("Other story\nOther story\nIts summary line.\n"
                + "Second story\nSecond story\nAnother summary.");
    }

    private static RawArticle plain(String title, String body) {
        return new RawArticle("demo", "1", null, title, body, ContentType.TEXT_PLAIN, Instant.EPOCH, null, null,
                Action.PUBLISH);
    }
}
