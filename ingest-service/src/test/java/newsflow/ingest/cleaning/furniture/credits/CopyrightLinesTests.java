package newsflow.ingest.cleaning.furniture.credits;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.CleanArticle;
import newsflow.ingest.cleaning.furniture.CallsToAction;
import newsflow.ingest.cleaning.furniture.TestPages;
import org.junit.jupiter.api.Test;

class CopyrightLinesTests {

    private static final String RULING = "The judge said the copyright on the photographs belonged to Tavares and not "
            + "to the agency in Porto that had sold them, and ordered the chain to pay him 85,000 euros.";

    @Test
    void movesCopyrightAndImprintLinesToBoilerplateInScrapedText() {
        CleanArticle clean = TestPages.clean("copyright-lines.txt");

        assertThat(clean.text(ZoneName.STANDFIRST)).contains("breached the copyright of the photographer Rui Tavares");
        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo(RULING + "\nTavares, who lives in Coimbra, said he would give "
                        + "part of the money to a photography school in Braga.");
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "© 2026 Tejo Media Lda. Avenida da Liberdade 110, Lisbon",
                        "Copyright 2026 The Atlantic Wire Ltd. Registered in England and Wales no. 09876543."));
    }

    @Test
    void movesImprintsToBoilerplateInHtmlByCopyrightClassAndByTheirTextButKeepsACaptionsCredit() {
        CleanArticle clean = TestPages.clean("copyright-lines.html");

        assertThat(clean.text(ZoneName.BODY).lines()).hasSize(2).contains(RULING);
        assertThat(clean.text(ZoneName.CAPTION)).isEqualTo("Rooftops of the Alfama district in Lisbon. © Rui Tavares");
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "Tejo Media Lda, Avenida da Liberdade 110, Lisbon",
                        "Tejo Media is a registered company in Portugal, company number 508123456. © Tejo Media 2026"));
    }

    @Test
    void tellsImprintsFromReportingAboutCopyrightAndCompanies() {
        assertThat(isCopyright("© Connacht Courier 2026. Unit 4, Liosbán Business Park, Tuam Road, Galway"))
                .isTrue();
        assertThat(isCopyright("NorthStack OÜ · Telliskivi 60a, Tallinn, Estonia · © 2026"))
                .isTrue();
        assertThat(isCopyright("(c) 2026 Apollo Review Ltd")).isTrue();
        assertThat(isCopyright("A registered charity in England and Wales (no. 1187221)."))
                .isTrue();
        assertThat(isCopyright("Copyright law in the EU was last changed in 2019."))
                .isFalse();
        assertThat(isCopyright("Protesters in Lagos on Monday. © Jane Doe/Reuters"))
                .isFalse();
        assertThat(isCopyright("The charity, registration number 1187221, said it would appeal."))
                .isFalse();
        assertThat(isCopyright("The company was founded in 2019 and employs 420 people."))
                .isFalse();
    }

    @Test
    void takesAPublishersCompanyWithItsLegalFormOrAServiceOfOneBeforeAnAddressForAnImprint() {
        assertThat(isCopyright("PT Jakarta Tech Daily Media · SCBD, Jakarta Selatan"))
                .isTrue();
        assertThat(isCopyright("Peloton Daily BV · Korenmarkt 11, Ghent")).isTrue();
        assertThat(isCopyright("Tropical Health Wire · A service of Meridian Health Media, Kuala Lumpur"))
                .isTrue();
        assertThat(isCopyright("Dhow Capital is a trading name of Dhow Capital Media LLC, Way 3109, Muscat."))
                .isTrue();
        assertThat(isCopyright("Instagram is a subsidiary of Meta, the company said."))
                .isFalse();
        assertThat(isCopyright("Shares in Siemens AG rose 2% · the DAX fell")).isFalse();
        assertThat(isCopyright("The company, PT Sumber Alfaria Trijaya, said sales rose."))
                .isFalse();
    }

    private static boolean isCopyright(String line) {
        return CopyrightLines.isCopyright(line, CallsToAction.lower(line));
    }
}
