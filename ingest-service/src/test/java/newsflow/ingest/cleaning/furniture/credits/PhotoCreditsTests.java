package newsflow.ingest.cleaning.furniture.credits;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.CleanArticle;
import newsflow.ingest.cleaning.furniture.TestPages;
import org.junit.jupiter.api.Test;

class PhotoCreditsTests {

    private static final String BODY = String.join(
            "\n",
            "Residents of the town, evacuated twice this year, were told to stay away until at least the weekend.",
            "A photograph by a local farmer, Jón Gunnarsson, showed the fissure opening at dawn.",
            "The Blue Lagoon spa, a few kilometres away, closed as a precaution.");
    private static final String CAPTIONS = String.join(
            "\n",
            "Lava flows towards the town of Grindavík on Tuesday. Photograph: Sigrid Holm/Reuters",
            "Scientists measure gas near the fissure (photo: Icelandic Met Office)");

    @Test
    void movesCreditsStandingAloneToBoilerplateAndKeepsCaptionsWithTheirCreditsInScrapedText() {
        CleanArticle clean = TestPages.clean("photo-credits.txt");

        assertThat(clean.text(ZoneName.BODY)).isEqualTo(BODY);
        assertThat(clean.text(ZoneName.CAPTION)).isEqualTo(CAPTIONS);
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "Photo: Sigrid Holm/Reuters",
                        "REUTERS/Sigrid Holm",
                        "AFP PHOTO / Magnus Eriksson",
                        "Getty Images"));
    }

    @Test
    void movesCreditOnlyCaptionsAndCreditParagraphsToBoilerplateInHtml() {
        CleanArticle clean = TestPages.clean("photo-credits.html");

        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo("Lava fountains reached 80 metres on Tuesday night as a new "
                        + "fissure opened north of Grindavík, the Icelandic Met Office said.\n" + BODY);
        assertThat(clean.text(ZoneName.CAPTION)).isEqualTo(CAPTIONS);
        assertThat(clean.text(ZoneName.BOILERPLATE)).isEqualTo("Sigrid Holm/Reuters\nAFP PHOTO / Magnus Eriksson");
    }

    @Test
    void recognisesCreditsOfAgenciesPhotographersAndStockLibraries() {
        assertThat(PhotoCredits.isCreditOnly("Photo: Jane Doe/Reuters")).isTrue();
        assertThat(PhotoCredits.isCreditOnly("Photograph by Jane Doe")).isTrue();
        assertThat(PhotoCredits.isCreditOnly("Image credit: Ahmed al-Masri/Anadolu"))
                .isTrue();
        assertThat(PhotoCredits.isCreditOnly("Jane Doe/AFP via Getty Images")).isTrue();
        assertThat(PhotoCredits.isCreditOnly("© AP")).isTrue();
        assertThat(PhotoCredits.isCreditOnly("(Photo: Handout)")).isTrue();
        assertThat(PhotoCredits.isCreditOnly("Photo: Protesters gather outside parliament in Lagos"))
                .isFalse();
        assertThat(PhotoCredits.isCreditOnly("Reuters")).isFalse();
        assertThat(PhotoCredits.isCreditOnly("Siemens/Alstom merger blocked")).isFalse();
        assertThat(PhotoCredits.isCreditOnly("24/7")).isFalse();
    }

    @Test
    void recognisesACaptionByTheCreditAtItsEnd() {
        assertThat(PhotoCredits.endsWithCredit("Ministers leave the hall in Geneva. REUTERS/Denis Balibouse"))
                .isTrue();
        assertThat(PhotoCredits.endsWithCredit("Ministers leave the hall Photograph: Jane Doe/AP"))
                .isTrue();
        assertThat(PhotoCredits.endsWithCredit("The exhibition opens with a photograph by Annie Leibovitz"))
                .isFalse();
        assertThat(PhotoCredits.endsWithCredit("Support was 41%, according to a Reuters/Ipsos poll."))
                .isFalse();
    }
}
