package newsflow.ingest.cleaning.furniture.lists;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.CleanArticle;
import newsflow.ingest.cleaning.furniture.TestPages;
import org.junit.jupiter.api.Test;

class ItemRowsTests {

    @Test
    void movesTickersWidgetsTagLinesAndMetaBarsToBoilerplateInScrapedTextButKeepsATable() {
        CleanArticle clean = TestPages.clean("item-rows.txt");

        assertThat(clean.text(ZoneName.STANDFIRST)).startsWith("Shares in Antofagasta rose 3.2% in London");
        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo(
                        String.join(
                                "\n",
                                "Temperatures in Santiago reached 37°C on Monday, the hottest January day on record, and power demand "
                                        + "across central Chile hit a peak.",
                                "The mining ministry published output by region:",
                                "Region | Output in tonnes | Change",
                                "Antofagasta | 2,310,000 | +4%",
                                "Atacama | 460,000 | −1%",
                                "Ana María Fuentes, an analyst at a brokerage in Santiago, said the rally could last into March."));
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "MARKETS: IPSA +1.1% · Codelco bonds −0.2% · SQM +4.5% · Copper $10,420",
                        "Santiago 37°C sunny | Valparaíso 24°C | Concepción 29°C",
                        "Topics: Chile · Copper · Mining · Antofagasta",
                        "★★★★☆ · 4 min read · Share on LinkedIn · X",
                        "Comments (14)"));
    }

    @Test
    void movesRowsToBoilerplateInHtmlByTickerClassAndByTheirText() {
        CleanArticle clean = TestPages.clean("item-rows.html");

        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo(String.join(
                        "\n",
                        "Shares in Antofagasta rose 3.2% in London on Tuesday as the copper price reached its highest level "
                                + "in two years.",
                        "Temperatures in Santiago reached 37°C on Monday, the hottest January day on record, and power demand "
                                + "across central Chile hit a peak.",
                        "Antofagasta",
                        "2,310,000",
                        "Atacama",
                        "460,000"));
        assertThat(clean.text(ZoneName.BOILERPLATE).lines())
                .containsExactly(
                        "IPSA +1.1% · SQM +4.5% · Copper $10,420",
                        "Santiago 37°C sunny · Valparaíso 24°C · Concepción 29°C",
                        "Tags: Chile · Copper · Mining · Codelco");
    }

    @Test
    void tellsRowsOfItemsFromProseSubHeadingsAndPairs() {
        assertThat(ItemRows.isRow("Mathieu Gagnon · Montreal · July 21, 2026")).isTrue();
        assertThat(ItemRows.isRow("FINAL · Georgia 27, Alabama 24 · Box score · Play-by-play"))
                .isTrue();
        assertThat(ItemRows.isRow("Brent $78.40 · Gold $2,410")).isTrue();
        assertThat(ItemRows.isRow("Ballarat 12°C · St. Arnaud 14°C · Mt. Buller 3°C"))
                .isTrue();
        assertThat(ItemRows.isRow("Tagged Gdynia / Baltic Container Terminal / Pomerania / port automation"))
                .isTrue();
        assertThat(ItemRows.isRow("1 - Tan Wei Ming / Lim Kah Seng (Malaysia) beat Park Jin / Kim Seo (South Korea)"))
                .isFalse();
        assertThat(ItemRows.isRow("Rain stopped play · Play resumed. Smith went on to make 40 · Close"))
                .isFalse();
        assertThat(ItemRows.isRow("FT: Gamba Osaka 1–2 Cerezo Osaka · Nagoya Grampus 0–0 FC Tokyo"))
                .isTrue();
        assertThat(ItemRows.isRow("Season 2025–26 · What the new coach changed"))
                .isFalse();
        assertThat(ItemRows.isRow("6 min read")).isTrue();
        assertThat(ItemRows.isRow("412 comments")).isTrue();
        assertThat(ItemRows.isRow("Analysis | Why the vote in Tbilisi matters")).isFalse();
        assertThat(ItemRows.isRow("Shares in Siemens rose 2.1% · the most since May. Analysts said the order book "
                        + "was full · and the outlook was raised"))
                .isFalse();
        assertThat(ItemRows.isRow("Temperatures in Galway reached 11°C on Monday, the council said."))
                .isFalse();
        assertThat(ItemRows.isRow("The vote took 6 minutes")).isFalse();
    }

    @Test
    void takesABreadcrumbTrailForARowButNotAComparisonInASentence() {
        assertThat(ItemRows.isRow("Home › News › Elections › By-elections")).isTrue();
        assertThat(ItemRows.isRow("Sport » Football » Premier League")).isTrue();
        assertThat(ItemRows.isRow("Turnout > 60% > last year's 52% in Kasama, officials said."))
                .isFalse();
    }

    @Test
    void takesMediaTeasersRankingRowsAfterALabelAndTagLinesWithCommasForRowsButNotAListInASentence() {
        assertThat(ItemRows.isRow("Video · Inside the Dhaka lab breeding 10 million mosquitoes a week · 3:12"))
                .isTrue();
        assertThat(ItemRows.isRow("Tour de France 2026 – GC after stage 14: 1 Kranjc · 2 Brandt · 3 Verhaeghe"))
                .isTrue();
        assertThat(ItemRows.isRow("More about: Etna, Sicily, volcanoes")).isTrue();
        assertThat(ItemRows.isRow("Tags: Pljevlja, municipal budgets, Forward Together!, Civic Alliance"))
                .isTrue();
        assertThat(ItemRows.isRow("Companies in this story: Navigator Company (NVG.LS), Altri (ALTR.LS)"))
                .isTrue();
        assertThat(ItemRows.isRow("People in this story: the mayor said the plan was late."))
                .isFalse();
        assertThat(ItemRows.isRow("Keep exploring: Nigeria, Restitution, Humboldt Forum, West African art"))
                .isTrue();
        assertThat(ItemRows.isRow("The finalists: Smith, Jones and Brown")).isFalse();
        assertThat(ItemRows.isRow("Bowling: Vass 7-0-29-0, de Silva 4-0-25-0, Dharmasena 10-1-40-2"))
                .isFalse();
        assertThat(ItemRows.isRow("Three ministers resigned: the finance minister, the interior minister, and the "
                        + "defence minister."))
                .isFalse();
    }
}
