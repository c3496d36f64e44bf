package newsflow.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.contract.ZoneName;
import org.junit.jupiter.api.Test;

class ServiceLinksTests {

    private static final String ENGINEER = "The barrier will run for 2km from the Mardyke to the city centre, the "
            + "council's engineer, Siobhán Kearney, told councillors.";
    private static final String OWNERS = "Business owners on Oliver Plunkett Street said the barrier was overdue.";

    @Test
    void movesServiceLinksGalleriesAndSponsoredLinesToBoilerplateInScrapedText() {
        CleanArticle clean = TestPages.clean("service-links.txt");

        assertThat(clean.text(ZoneName.BODY)).isEqualTo(String.join("\n", ENGINEER,
                "Warning: see a doctor if you come into contact with flood water.", OWNERS));
        assertThat(clean.text(ZoneName.BOILERPLATE)).isEqualTo(String.join("\n",
                "Obituaries: read today’s notices from Cork, Kerry and Limerick",
                "In pictures: 30 photos of the November floods in Cork and Mallow",
                "Watch: Cork's mayor on the day the river rose",
                "Sponsored: Book a weekend in Killarney with Kerry Lakes Hotels"));
    }

    @Test
    void movesServiceLinksInParagraphsToBoilerplateInHtml() {
        CleanArticle clean = TestPages.clean("service-links.html");

        assertThat(clean.text(ZoneName.BODY)).isEqualTo(String.join("\n", "Cork City Council approved a 140 million "
                + "euro flood barrier along the quays on Monday, ten years after the plan was first drawn up.",
                ENGINEER, OWNERS));
        assertThat(clean.text(ZoneName.BOILERPLATE)).isEqualTo(String.join("\n",
                "Obituaries: read today’s notices from Cork, Kerry and Limerick",
                "Live: follow the council meeting in Cork as it happens"));
    }

    @Test
    void tellsLinksFromSubHeadingsAndSentencesWithALabel() {
        assertThat(isServiceLink("Deaths: read today’s notices from Galway, Mayo and Roscommon")).isTrue();
        assertThat(isServiceLink("Photo gallery: 24 images from Atlanta as Georgia clinch the title")).isTrue();
        assertThat(isServiceLink("Listen: The Pulse with Hana Novak – this week, dengue in Lima")).isTrue();
        assertThat(isServiceLink("Analysis: why the vote in Tbilisi matters")).isFalse();
        assertThat(isServiceLink("Update: read the full statement below.")).isFalse();
        assertThat(isServiceLink("Photo gallery: the city’s oldest studio closes")).isFalse();
        assertThat(isServiceLink("Q: Read me the list again")).isFalse();
        assertThat(isServiceLink("Asked whether he would resign, he said: “Read my lips”")).isFalse();
    }

    private static boolean isServiceLink(String line) {
        return ServiceLinks.isServiceLink(line, CallsToAction.lower(line));
    }
}
