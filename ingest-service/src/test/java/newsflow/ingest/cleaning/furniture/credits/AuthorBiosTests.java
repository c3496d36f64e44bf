package newsflow.ingest.cleaning.furniture.credits;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.CleanArticle;
import newsflow.ingest.cleaning.furniture.TestPages;
import org.junit.jupiter.api.Test;

class AuthorBiosTests {

    private static final String DOCKERS = "Dockers at the port of Gdańsk returned to work on Thursday after their "
            + "union accepted a 9% pay rise, ending a strike that had left 40 ships waiting in the Bay of Gdańsk.";
    private static final String DEAL = "The deal was signed at the offices of the port authority by the union leader, "
            + "Tomasz Wróbel, and the port's chief executive, Agnieszka Lis.";
    private static final String COLLEAGUE = "Marek Nowicki, who covers the docks for the Dziennik Bałtycki, said the "
            + "strike had been the longest at the port since 1988.";

    @Test
    void movesBylineCreditLineBioAndContactsToBoilerplateInScrapedText() {
        CleanArticle clean = TestPages.clean("author-bios.txt");

        assertThat(clean.text(ZoneName.STANDFIRST)).isEqualTo(DOCKERS);
        assertThat(clean.text(ZoneName.BODY)).isEqualTo(DEAL + "\n" + COLLEAGUE);
        assertThat(clean.text(ZoneName.BOILERPLATE).lines())
                .startsWith(
                        "By Ewa Zielińska, Baltic correspondent",
                        "Reporting by Ewa Zielińska; editing by Karl Sørensen in Copenhagen",
                        "Ewa Zielińska covers Poland and the Baltic states for The Northern Post from Gdańsk. Follow her on X "
                                + "@ewa_zielinska",
                        "Email tips to baltic@northernpost.example");
    }

    @Test
    void movesBylinesAndBiosToBoilerplateInHtmlByClassAndByTheirText() {
        CleanArticle clean = TestPages.clean("author-bios.html");

        assertThat(clean.text(ZoneName.BODY)).isEqualTo(String.join("\n", DOCKERS, COLLEAGUE, DEAL));
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "Ewa Zielińska, Gdańsk, 12 March 2026",
                        "Ewa Zielińska writes about shipping and labour from Gdańsk.",
                        "By Ewa Zielińska and Jonas Berg",
                        "Ewa Zielińska is The Northern Post’s Baltic correspondent. She previously reported for Reuters from "
                                + "Vilnius."));
    }

    @Test
    void keepsABioLikeParagraphThatOtherParagraphsFollow() {
        String bioLike = "Tolu Bankole is the Lagos Ledger’s business editor. She has covered West African banking "
                + "since 2014.";
        CleanArticle clean =
                TestPages.cleanText(String.join("\n\n", "Lagos paper wins press award", DOCKERS, bioLike, DEAL));

        assertThat(clean.text(ZoneName.BODY)).isEqualTo(bioLike + "\n" + DEAL);
    }

    @Test
    void tellsBiosFromReportingAboutPeople() {
        assertThat(AuthorBios.isBio(
                        "Marta Ibarra covers Spanish football for Pitch Report from her home in " + "Valencia."))
                .isTrue();
        assertThat(AuthorBios.isBio("Tolu Bankole is the Lagos Ledger’s business editor."))
                .isTrue();
        assertThat(AuthorBios.isBio("Follow him on Bluesky @jonasberg")).isTrue();
        assertThat(AuthorBios.isBio("Kofod is Denmark's foreign minister and has held the post since 2019."))
                .isFalse();
        assertThat(AuthorBios.isBio("Ngozi Eze is the bank's chief economist.")).isFalse();
        assertThat(AuthorBios.isBio(
                        "Anna Weber, who covers the courts for the paper, said the ruling was " + "expected."))
                .isFalse();
        assertThat(AuthorBios.isBio("Anna Weber covers the courts for the paper, she told the tribunal."))
                .isFalse();
    }
}
