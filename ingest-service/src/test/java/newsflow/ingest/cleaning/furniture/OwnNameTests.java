package newsflow.ingest.cleaning.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.contract.Action;
import newsflow.contract.ContentType;
import newsflow.contract.RawArticle;
import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.ArticleCleaner;
import newsflow.ingest.cleaning.CleanArticle;
import org.junit.jupiter.api.Test;

class OwnNameTests {

    private static final Publication LIFFEY_BYTES =
            Publication.of("liffeybytes", "https://liffeybytes.ie/policy/2026/04/22/dpc-fines");
    private static final Publication THE_STALLS =
            Publication.of("stalls-reviews", "https://www.thestalls.co.uk/fringe-2026/theatre/low-tide");

    @Test
    void knowsThePublicationsNameFromItsSourceIdAndItsSitesHost() {
        assertThat(LIFFEY_BYTES.isNamedBy("Liffey Bytes")).isTrue();
        assertThat(THE_STALLS.isNamedBy("The Stalls")).isTrue();
        assertThat(THE_STALLS.isNamedBy("Stalls")).isTrue();
        assertThat(LIFFEY_BYTES.isNamedBy("Liffey")).isFalse();
        assertThat(Publication.of("ft", null).isKnown()).isFalse();
    }

    @Test
    void takesTheMastheadAndTheLinesInWhichThePublicationSpeaksForFurniture() {
        assertThat(OwnName.isOwnLine("Liffey Bytes | Irish tech, policy and the people building it", LIFFEY_BYTES))
                .isTrue();
        assertThat(OwnName.isOwnLine("The Stalls · Scottish theatre, dance and comedy, reviewed", THE_STALLS))
                .isTrue();
        assertThat(OwnName.isOwnLine(
                        "Ruairí Ó Dúill covers regulation for Liffey Bytes from Dublin and Brussels.", LIFFEY_BYTES))
                .isTrue();
        assertThat(OwnName.isOwnLine("Liffey Bytes depends on readers. Every euro goes to reporting.", LIFFEY_BYTES))
                .isTrue();
    }

    @Test
    void takesTheLineThatSaysWhatThePublicationIsForFurniture() {
        assertThat(OwnName.isOwnLine(
                        "Liffey Bytes is an English-language news service based in Dublin and Cork.", LIFFEY_BYTES))
                .isTrue();
        assertThat(OwnName.isOwnLine("The minister said Liffey Bytes had asked the wrong question.", LIFFEY_BYTES))
                .isFalse();
    }

    @Test
    void keepsTheBodysReportingThatNamesThePublication() {
        assertThat(OwnName.isOwnLine("“We will appeal,” the regulator’s spokesperson told Liffey Bytes.", LIFFEY_BYTES))
                .isFalse();
        assertThat(OwnName.isOwnLine(
                        "An investigation by Liffey Bytes in March found that our data was shared.", LIFFEY_BYTES))
                .isFalse();
        assertThat(OwnName.isOwnLine("The Data Protection Commission fined the company €12m on Tuesday.", LIFFEY_BYTES))
                .isFalse();
    }

    @Test
    void movesTheOwnNameLinesOfAScrapedPageToBoilerplate() {
        String body = String.join(
                "\n\n",
                "DPC fines PocketLend €12m over loan data",
                "Liffey Bytes | Irish tech, policy and the people building it",
                "The Data Protection Commission fined the Dublin lender PocketLend €12 million on Tuesday.",
                "“We will appeal,” a PocketLend spokesperson told Liffey Bytes.",
                "Liffey Bytes depends on readers. Become a supporter from €4 a month.");
        CleanArticle clean = scraped("liffeybytes", "dpc-1", "https://liffeybytes.ie/policy/dpc", body);

        assertThat(clean.text(ZoneName.STANDFIRST))
                .isEqualTo("The Data Protection Commission fined the Dublin lender PocketLend €12 million on Tuesday.");
        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo("“We will appeal,” a PocketLend spokesperson told Liffey Bytes.");
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .contains("Liffey Bytes | Irish tech", "Liffey Bytes depends on readers");
    }

    @Test
    void takesTheMastheadThatOpensAScrapedPageForFurnitureAndTheNextLineForTheHeadline() {
        String body = String.join(
                "\n\n",
                "Hills & Valleys Review — politics of India's north-east",
                "Assam | Manipur | Meghalaya | Mizoram | Nagaland | Tripura",
                "Aizawl council approves a new bus terminal after two years of argument",
                "The council in Aizawl voted 14 to 5 on Tuesday for a terminal on the city's northern edge.",
                "Its chairman, Lalthanzara Ralte, said the work would start in May.");
        CleanArticle clean =
                scraped("hillsandvalleys", "aizawl-1", "https://hillsandvalleys.in/mizoram/aizawl-terminal", body);

        assertThat(clean.text(ZoneName.HEADLINE))
                .isEqualTo("Aizawl council approves a new bus terminal after two years of argument");
        assertThat(clean.text(ZoneName.BOILERPLATE)).contains("Hills & Valleys Review — politics", "Assam | Manipur");
    }

    @Test
    void takesAMastheadAloneOnItsLineOrFramedBySignsAndATaglineInSmallLettersForFurniture() {
        String headline = "Galaxy end Rollers hoodoo as Kebaabetswe strikes late";
        String body = String.join(
                "\n",
                "KGALAGADI KICK",
                "football from Ghanzi to the Okavango, written by people who stand on the terraces",
                "",
                headline,
                "",
                "The substitute's header gives the mining-town club a two-point lead at the top of the table.",
                "",
                "JWANENG — For 87 minutes it looked like another of those afternoons in Jwaneng.");
        CleanArticle clean = scraped("kgalagadikick", "kk-1", "https://kgalagadikick.co.bw/premiership/galaxy", body);

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo(headline);
        assertThat(clean.text(ZoneName.BOILERPLATE)).contains("KGALAGADI KICK", "football from Ghanzi to the Okavango");
        assertThat(clean.text(ZoneName.STANDFIRST)).doesNotContain("Okavango");

        String framed = String.join(
                "\n\n",
                "+++ SIGNAL & NOISE · technology news for southern Africa +++",
                "Namibia orders rival networks to share towers in push to bring 4G to the north-east",
                "WINDHOEK — Namibia's telecoms regulator has ordered the country's mobile operators to share masts.",
                "The rules are aimed at areas such as the Zambezi Region.");
        CleanArticle signal = scraped("signalandnoise", "sn-1", "https://signalandnoise.co.za/telecoms/towers", framed);

        assertThat(signal.text(ZoneName.BOILERPLATE)).contains("SIGNAL & NOISE · technology news for southern Africa");
        assertThat(signal.text(ZoneName.HEADLINE)).startsWith("Namibia orders rival networks");
    }

    @Test
    void takesAMastheadInCapitalsAndTheSitesTeasersAboveTheHeadlineForFurnitureWhateverTheAddress() {
        String headline = "Sfax bottler signs first US supermarket contract as oil prices slide";
        String standfirst = "The deal gives Tunisian extra virgin oil its own label on American shelves.";
        String body = String.join(
                "\n\n",
                "MEDITERRANEAN MARKETS — commodities, ports and trade from Algiers to Alexandria",
                "Home | Commodities | Shipping | Agrifood | Data | Opinion",
                "Olive oil, Brent, Tunisian dinar: prices updated at 10:15 GMT",
                headline,
                standfirst,
                "The bottler, a family-owned company in Sfax, said on Thursday that it would ship 40 containers.",
                "Its director said the price of oil had fallen by a third since the autumn.");
        CleanArticle clean = scraped("medmarkets", "mm-1", "https://medmarkets.example/commodities/sfax", body);

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo(headline);
        assertThat(clean.text(ZoneName.STANDFIRST)).isEqualTo(standfirst);
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .contains("MEDITERRANEAN MARKETS — commodities", "prices updated at 10:15 GMT");
    }

    @Test
    void takesANameAloneOnTheFirstLineAboveTheSectionsAndACapitalisedNewsTaglineForTheMasthead() {
        String headline = "Fewer than 300 coelacanths left off Grande Comore, deep-sea census suggests";
        String standfirst = "Divers and a small submersible counted the fish one by one in caves cut by old lava.";
        String body = String.join(
                "\n\n",
                "Mozambique Channel Science",
                "Oceans | Climate | Biodiversity | Health | Field notes | Podcast",
                "Independent science journalism for the western Indian Ocean",
                headline,
                standfirst,
                "The census, run from Moroni, found the fish in eleven caves along the island's western slope.",
                "Its leader said the count was lower than the last one, made in 2011.");
        CleanArticle clean =
                scraped("mozchannelscience", "mcs-1", "https://mozchannelscience.example/oceans/coelacanths", body);

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo(headline);
        assertThat(clean.text(ZoneName.STANDFIRST)).isEqualTo(standfirst);
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .contains("Mozambique Channel Science", "Independent science journalism for the western Indian Ocean");
    }

    @Test
    void takesATownsWeatherWidgetAfterTheMastheadForFurniture() {
        String headline = "Salmon River bridge to close for eight months, and the detour runs past the hospital";
        String body = String.join(
                "\n\n",
                "THE COBEQUID COURIER",
                "Local news for the hub of the province since 1998",
                "Truro now: 3°C, light rain · Tidal bore at the Salmon River viewing site 6:42 p.m.",
                "News | Council | Schools | Sports | Obituaries | Classifieds",
                headline,
                "Councillors accept the province's repair schedule after hearing from paramedics.",
                "The bridge carries 14,000 vehicles a day, the town's engineer said on Tuesday.");
        CleanArticle clean = scraped("cobequidcourier", "cc-1", "https://cobequidcourier.example/news/bridge", body);

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo(headline);
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .contains("Local news for the hub of the province since 1998", "Truro now: 3°C, light rain");
        assertThat(clean.text(ZoneName.BODY)).contains("The bridge carries 14,000 vehicles a day");
    }

    @Test
    void takesAMastheadsTaglineWithAnEditionsLinkAfterItForFurnitureButNotAHeadline() {
        String headline = "Iqaluit starts pumping from the Apex River two weeks early as Lake Geraldine runs low";
        for (String tagline : List.of(
                "Local news for Iqaluit and the Qikiqtani region · ᐅᖃᐅᓯᖅ ᐃᓄᒃᑎᑐᑦ",
                "Research, wildlife and climate from Central Asia · English edition")) {
            String body = String.join(
                    "\n\n",
                    "BAFFIN BULLETIN",
                    tagline,
                    "News | Council | Health | Land & Sea | Sports | Notices | Jobs",
                    headline,
                    "A dry summer leaves the city's only reservoir at its lowest August level since records began.",
                    "The city asked residents to cut their use by a fifth, the council said on Tuesday.");
            CleanArticle clean = scraped("baffinbulletin", "bb-1", "https://baffinbulletin.example/news/water", body);

            assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo(headline);
            assertThat(clean.text(ZoneName.BOILERPLATE)).contains(tagline);
        }
    }

    @Test
    void takesALabelledTeaserOrARowOfTwoTeasersBetweenTheSectionsAndTheHeadlineForFurniture() {
        String headline = "Fourteen feathered panels come home to Chan Chan, a century after a trader took them";
        for (String teaser : List.of(
                "This week: Lima's Museo de Arte opens its Szyszlo retrospective · Cusco's Inti Raymi tickets go on sale",
                "Live now: Vuelta a Colombia Femenina, stage 5 · Next: Tour of Guatemala, 19 March",
                "Podcast this week: the Kigali founders building drones for tea farms")) {
            String body = String.join(
                    "\n\n",
                    "ARTES DEL PACÍFICO — culture from Lima, Quito, Bogotá and beyond",
                    "Exhibitions · Music · Books · Heritage · Film · Calendar",
                    teaser,
                    headline,
                    "A museum in Kassel has returned a set of Chimú textiles to Peru on Friday.",
                    "The panels arrived in six crates, each one lined with foam, the ministry said.");
            CleanArticle clean = scraped("artespacifico", "adp-1", "https://artespacifico.example/heritage/1", body);

            assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo(headline);
            assertThat(clean.text(ZoneName.BOILERPLATE)).contains(teaser);
        }
    }

    @Test
    void knowsAPublicationsNameWrittenWithAnAmpersandOrWithAccentsItsAddressDropped() {
        Publication campo = Publication.of("campoymercado", "https://campoymercado.com.uy/dairy/2026/03/23/conaprole");
        Publication orbita = Publication.of("orbitasemanal", "https://orbitasemanal.com.br/startups/2026/03/12/ipe");

        assertThat(campo.isNamedBy("Campo & Mercado")).isTrue();
        assertThat(orbita.isNamedBy("Órbita Semanal")).isTrue();
        assertThat(OwnName.isOwnLine("Campo & Mercado · agribusiness news from the River Plate", campo))
                .isTrue();
        assertThat(campo.isNamedBy("Campo & Granja")).isFalse();
    }

    @Test
    void keepsACaptionWhoseCreditNamesThePublicationEvenWhenItsTextSpeaksOfMembers() {
        String body = String.join(
                "\n\n",
                "DPC fines PocketLend €12m over loan data",
                "The Data Protection Commission fined the Dublin lender PocketLend €12 million on Tuesday.",
                "Members of the commission leave the hearing in Dublin on Tuesday. Photo: Aoife Nolan/Liffey Bytes",
                "“We will appeal,” a PocketLend spokesperson told Liffey Bytes.");
        CleanArticle clean = scraped("liffeybytes", "dpc-2", "https://liffeybytes.ie/policy/dpc", body);

        assertThat(clean.text(ZoneName.CAPTION)).startsWith("Members of the commission leave the hearing");
        assertThat(clean.text(ZoneName.BOILERPLATE)).doesNotContain("Members of the commission");
    }

    @Test
    void takesARowOfTheSitesSectionsThatOpensAScrapedPageAndTheLinesBeforeTheHeadlineForFurniture() {
        String headline = "Gdynia crane maker wins its first order from a Norwegian yard";
        String standfirst = "The contract for four harbour cranes is the largest in the company's 30 years.";
        String body = String.join(
                "\n\n",
                "Markets · Shipping · Energy · Property · Jobs\nHarbour Weekly, the Baltic shipping bulletin from Gdynia",
                headline,
                "Reporter at the quay: Anneke Visser, Gdynia\nSaturday 14 March 2026 | 17:05",
                standfirst,
                "The cranes will be shipped to Ålesund in the spring, the company's chief executive said on Friday.",
                "Its order book has doubled since 2024, and it plans to hire 40 welders this year.");
        CleanArticle clean = scraped("harbourweekly", "hw-1", "https://harbourweekly.example/shipping/1", body);

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo(headline);
        assertThat(clean.text(ZoneName.STANDFIRST)).isEqualTo(standfirst);
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .contains(
                        "Markets · Shipping",
                        "the Baltic shipping bulletin from Gdynia",
                        "Reporter at the quay: Anneke Visser",
                        "Saturday 14 March 2026 | 17:05");
    }

    @Test
    void takesATeaserAboveTheMastheadForFurnitureAndTheHeadlineBelowIt() {
        String headline = "Kovač wins the home sprint in the fog";
        String body = String.join(
                "\n\n",
                "LIVE · Men's 10km sprint from Hochfilzen — bib 1 starts 11:30 CET",
                "SNOW LOOP | Biathlon · Cross-country · Jumping · Combined",
                headline,
                "The 24-year-old became the first Slovenian to win a World Cup sprint on home snow on Friday.",
                "He hit all ten targets and crossed the line 14 seconds clear of the Norwegian.");
        CleanArticle clean = scraped("snowloop", "sl-1", "https://snowloop.example/biathlon/1", body);

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo(headline);
        assertThat(clean.text(ZoneName.BOILERPLATE)).contains("LIVE · Men's 10km sprint from Hochfilzen");
    }

    /** A scraped page of the publication with that source id and URL, cleaned. */
    private static CleanArticle scraped(String source, String id, String url, String body) {
        return new ArticleCleaner()
                .clean(new RawArticle(
                        source, id, url, null, body, ContentType.TEXT_PLAIN, null, null, null, Action.PUBLISH));
    }
}
