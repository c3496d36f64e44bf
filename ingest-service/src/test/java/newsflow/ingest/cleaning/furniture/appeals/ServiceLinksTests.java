package newsflow.ingest.cleaning.furniture.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.CleanArticle;
import newsflow.ingest.cleaning.furniture.CallsToAction;
import newsflow.ingest.cleaning.furniture.TestPages;
import org.junit.jupiter.api.Test;

class ServiceLinksTests {

    private static final String ENGINEER = "The barrier will run for 2km from the Mardyke to the city centre, the "
            + "council's engineer, Siobhán Kearney, told councillors.";
    private static final String OWNERS = "Business owners on Oliver Plunkett Street said the barrier was overdue.";

    @Test
    void movesServiceLinksGalleriesAndSponsoredLinesToBoilerplateInScrapedText() {
        CleanArticle clean = TestPages.clean("service-links.txt");

        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo(String.join(
                        "\n", ENGINEER, "Warning: see a doctor if you come into contact with flood water.", OWNERS));
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "Obituaries: read today’s notices from Cork, Kerry and Limerick",
                        "In pictures: 30 photos of the November floods in Cork and Mallow",
                        "Watch: Cork's mayor on the day the river rose",
                        "Sponsored: Book a weekend in Killarney with Kerry Lakes Hotels"));
    }

    @Test
    void movesServiceLinksInParagraphsToBoilerplateInHtml() {
        CleanArticle clean = TestPages.clean("service-links.html");

        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo(String.join(
                        "\n",
                        "Cork City Council approved a 140 million "
                                + "euro flood barrier along the quays on Monday, ten years after the plan was first drawn up.",
                        ENGINEER,
                        OWNERS));
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "Obituaries: read today’s notices from Cork, Kerry and Limerick",
                        "Live: follow the council meeting in Cork as it happens"));
    }

    @Test
    void tellsLinksFromSubHeadingsAndSentencesWithALabel() {
        assertThat(isServiceLink("Deaths: read today’s notices from Galway, Mayo and Roscommon"))
                .isTrue();
        assertThat(isServiceLink("Photo gallery: 24 images from Atlanta as Georgia clinch the title"))
                .isTrue();
        assertThat(isServiceLink("Listen: The Pulse with Hana Novak – this week, dengue in Lima"))
                .isTrue();
        assertThat(isServiceLink("Analysis: why the vote in Tbilisi matters")).isFalse();
        assertThat(isServiceLink("Update: read the full statement below.")).isFalse();
        assertThat(isServiceLink("Photo gallery: the city’s oldest studio closes"))
                .isFalse();
        assertThat(isServiceLink("Q: Read me the list again")).isFalse();
        assertThat(isServiceLink("Asked whether he would resign, he said: “Read my lips”"))
                .isFalse();
    }

    @Test
    void recognisesTeaserWidgetAndOfferLabelsWhateverFollowsThem() {
        assertThat(isServiceLink("ALSO READ: Niger’s junta and Benin agree to reopen border to trade"))
                .isTrue();
        assertThat(isServiceLink("WATCH: How ring vaccination works, explained by MSF’s Natalie Oyelaran (2:41)"))
                .isTrue();
        assertThat(isServiceLink("Latest from our network: Anglo American sells Chilean copper stake to Codelco | "
                        + "Glencore weighs Kazakh zinc bid"))
                .isTrue();
        assertThat(isServiceLink("Hot in tech: Nokia to cut 900 jobs in Oulu · Wolt couriers strike in Tallinn"))
                .isTrue();
        assertThat(isServiceLink("About the author: Lucas Prado reports on mining from Belo Horizonte. He has "
                        + "covered Vale since 2016."))
                .isTrue();
        assertThat(isServiceLink("Weather: Perth 7°C, heavy rain warning from Met Office until 6pm"))
                .isTrue();
        assertThat(isServiceLink("Premium: Unlock the full Minerals Monitor iron ore price database"))
                .isTrue();
        assertThat(isServiceLink("Newsletter: The Outbreak Brief, every Monday with Dr Thandeka Mokoena"))
                .isTrue();
        assertThat(isServiceLink("Advertisement – Register now for Mines and Money Americas, Toronto, October 6-8"))
                .isTrue();
    }

    @Test
    void keepsLabelledSentencesOfTheArticle() {
        assertThat(isServiceLink("Latest: the ministry in Accra has confirmed the figures."))
                .isFalse();
        assertThat(isServiceLink("Ad-hoc committees in Lagos will review the budget."))
                .isFalse();
        assertThat(isServiceLink("Weather conditions: heavy rain is expected in Perth until Friday."))
                .isFalse();
    }

    @Test
    void takesLiveAndTrackerLabelsForTeasers() {
        assertThat(isServiceLink("Live: Chancellor to set out budget date as Treasury confirms November timetable"))
                .isTrue();
        assertThat(isServiceLink("Dengue tracker: 118,402 cases and 516 deaths in Bangladesh this year (DGHS, 20 Aug)"))
                .isTrue();
        assertThat(isServiceLink("Live music: the council said venues could stay open until 2am."))
                .isFalse();
    }

    @Test
    void takesAWeatherWidgetWithItsTownAndALiveBlogLabelWithItsGameForTeasers() {
        assertThat(isServiceLink("Weather now, Kingstown: 29°C, scattered showers into the evening"))
                .isTrue();
        assertThat(isServiceLink("Match 3 live blog archive: Oulu v Tampere, as it happened"))
                .isTrue();
        assertThat(isServiceLink("Weather in the valley, the farmers said: the harvest will be late this year."))
                .isFalse();
    }

    @Test
    void keepsARoundUpOfOtherResultsAfterAnElsewhereLabelButNotAScoresWidget() {
        assertThat(isServiceLink(
                        "Elsewhere on Sunday: Raków Częstochowa 1 Piast Gliwice 1; Korona Kielce 2 Widzew Łódź 0."))
                .isFalse();
        assertThat(
                        isServiceLink(
                                "Also on Saturday: Suva 24 Tailevu 10 (third place). Vanua Championship final: Namosi 17 Ra 15."))
                .isFalse();
        assertThat(isServiceLink(
                        "Elsewhere on Sunday: Midtjylland 2–0 Randers · AGF 1–1 Silkeborg · Viborg v Nordsjælland"))
                .isTrue();
        assertThat(isServiceLink("Also on Saturday: why the Suva derby moved to Lautoka"))
                .isTrue();
    }

    @Test
    void takesADisclosureAPricesWidgetAndLiveNowForTeasersAndWidgets() {
        assertThat(isServiceLink("Disclosure: Savanna Ridge Ventures is a sponsor of our annual founders' summit."))
                .isTrue();
        assertThat(isServiceLink("Olive oil, Brent, Tunisian dinar: prices updated at 10:15 GMT"))
                .isTrue();
        assertThat(isServiceLink("Live now: Vuelta a Colombia Femenina, stage 5"))
                .isTrue();
        assertThat(isServiceLink("Prices: the council said fares would rise at 10:15 on Monday."))
                .isFalse();
    }

    @Test
    void takesJustInALiveLabelBeforeADotAndAnOfferToHearTheStoryReadAloudForTeasersAndWidgets() {
        assertThat(isServiceLink("Just in: Lava–Lolegaon bus resumes after two-day suspension"))
                .isTrue();
        assertThat(isServiceLink("LIVE · Men's 10km sprint from Hochfilzen — bib 1 starts 11:30 CET"))
                .isTrue();
        assertThat(isServiceLink("Members can hear this story read aloud in Tigrinya or English — tap the headphones"))
                .isTrue();
        assertThat(isServiceLink("Listen to this article · 4 min")).isTrue();
        assertThat(isServiceLink("Officials refused to listen to the report's findings, the mayor said."))
                .isFalse();
        assertThat(isServiceLink("Live music returns to the square on Friday, the council said."))
                .isFalse();
    }

    private static boolean isServiceLink(String line) {
        return ServiceLinks.isServiceLink(line, CallsToAction.lower(line));
    }
}
