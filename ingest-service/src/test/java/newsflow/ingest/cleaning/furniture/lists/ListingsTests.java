package newsflow.ingest.cleaning.furniture.lists;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.CleanArticle;
import newsflow.ingest.cleaning.furniture.TestPages;
import org.junit.jupiter.api.Test;

class ListingsTests {

    private static final String REOPENING = "The museum storehouse in Rotterdam reopened on Saturday after a year of "
            + "repairs, with 120 works by Piet Mondrian, Theo van Doesburg and Bart van der Leck.";
    private static final String CURATOR =
            "The curator, Femke de Vries, said the show would travel to Antwerp in the " + "spring.";

    @Test
    void movesARunOfListingsWithItsHeadingToBoilerplateInScrapedTextButKeepsSingleLinesAndFixtures() {
        CleanArticle clean = TestPages.clean("listings.txt");

        assertThat(clean.text(ZoneName.STANDFIRST)).isEqualTo(REOPENING);
        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo(String.join(
                        "\n",
                        "Lyon: the gallery reopens after repairs",
                        CURATOR,
                        "Saturday: Feyenoord v Ajax at De Kuip",
                        "Sunday: PSV v AZ at the Philips Stadion"));
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "What’s on this week",
                        "Amsterdam: Hilma Lundqvist at the Stedelijk, until 2 November",
                        "Utrecht: Centraal Museum opens its new Rietveld wing",
                        "The Hague: Escher prints at Kunstmuseum Den Haag, from 4 October"));
    }

    @Test
    void movesAListOfListingsToBoilerplateInHtml() {
        CleanArticle clean = TestPages.clean("listings.html");

        assertThat(clean.text(ZoneName.BODY)).isEqualTo(REOPENING + "\n" + CURATOR);
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "Exhibitions this week",
                        "Amsterdam: Hilma Lundqvist at the Stedelijk, until 2 November",
                        "Utrecht: Centraal Museum opens its new Rietveld wing"));
    }

    @Test
    void tellsListingsFromLinesWithALabel() {
        assertThat(Listings.isListing("Florence: Bill Viola at Palazzo Strozzi, until 26 October"))
                .isTrue();
        assertThat(Listings.isListing("Edinburgh: Scottish National Gallery reopens its Titian rooms"))
                .isTrue();
        assertThat(Listings.isListing("Saturday: Feyenoord v Ajax at De Kuip")).isFalse();
        assertThat(Listings.isListing("Group A: Germany, Spain, Japan, Costa Rica"))
                .isFalse();
        assertThat(Listings.isListing("Smith: We met at the Stedelijk in 2019."))
                .isFalse();
    }
}
