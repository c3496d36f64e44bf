package newsflow.ingest.cleaning.furniture.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.CleanArticle;
import newsflow.ingest.cleaning.furniture.CallsToAction;
import newsflow.ingest.cleaning.furniture.TestPages;
import org.junit.jupiter.api.Test;

class ReaderAppealsTests {

    @Test
    void movesAnAppealBoxWithItsPitchToBoilerplateInScrapedText() {
        CleanArticle clean = TestPages.clean("reader-appeal.txt");

        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo(String.join(
                        "\n",
                        "Donations to the regional relief fund in Cusco rose fourfold in August, the fund's director said, "
                                + "but most of the money has gone on water tankers.",
                        "Readers who subscribe to the theory that the drought is a passing cycle should look at the glaciers "
                                + "above Huaraz, which have lost a third of their ice since 1990.",
                        "Farmers' unions have asked the governments in Lima and La Paz to pay for new reservoirs."));
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "Support independent journalism",
                        "Our journalism is funded by readers like you. From Lagos to Lima, our reporters go where the story "
                                + "is, and we never put it behind a paywall.",
                        "Since 1998 we have reported from Quito, Nairobi and Dhaka without an owner or shareholders to "
                                + "answer to.",
                        "Give once or monthly and back our reporters from Lagos to Lima.",
                        "Contribute",
                        "Become a member"));
    }

    @Test
    void movesAppealsToBoilerplateInHtmlByIdAndByTheirText() {
        CleanArticle clean = TestPages.clean("reader-appeal.html");

        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo(String.join(
                        "\n",
                        "A third year of failed rains has emptied villages across the highlands of Peru and Bolivia, as "
                                + "families leave for La Paz, Cusco and the coast.",
                        "Donations to the regional relief fund in Cusco rose fourfold in August, the fund's director said, "
                                + "but most of the money has gone on water tankers.",
                        "Farmers' unions have asked the governments in Lima and La Paz to pay for new reservoirs."));
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .contains(
                        "Become a member of The Meridian from Santiago to Bogotá",
                        "Support independent journalism",
                        "From Lagos to Lima",
                        "Since 1998 we have reported from Quito",
                        "Give once or monthly",
                        "Contribute");
    }

    @Test
    void tellsAppealsFromReportingOnDonationsAndMembership() {
        assertThat(isAppeal("Support The Meridian from $1")).isFalse();
        assertThat(isAppeal("Make a contribution")).isTrue();
        assertThat(isAppeal("Every contribution, however big or small, powers our journalism"))
                .isTrue();
        assertThat(isAppeal("Donations to the party rose by 12% in the first quarter."))
                .isFalse();
        assertThat(isAppeal("Membership of the union fell to 40,000 last year."))
                .isFalse();
        assertThat(isAppeal("“We rely on donations from people like you,” the charity’s director said."))
                .isFalse();
        assertThat(isAppeal("Supporters of the bill gathered outside parliament in Vilnius."))
                .isFalse();
    }

    @Test
    void keepsSubHeadingsAboutDonationsAndMembershipInTheBody() {
        CleanArticle clean = TestPages.cleanText(String.join(
                "\n\n",
                "Party funding rules tightened",
                "Parliament voted on Wednesday to cap gifts to political parties at 10,000 euros a year.",
                "Donations to Labour",
                "The party received 4.1 million euros in the last quarter, most of it from unions.",
                "Membership falls again",
                "The party now has 310,000 members, down from 370,000 two years ago."));

        assertThat(clean.text(ZoneName.BODY)).contains("Donations to Labour", "Membership falls again");
        assertThat(clean.text(ZoneName.BOILERPLATE)).isEmpty();
    }

    @Test
    void takesAPitchToBackTheReportingAndAFundingDisclosureForThePublicationsOwnLines() {
        assertThat(describesPublication("Peloton Daily stays free thanks to readers who chip in. Back our reporting "
                        + "from Roubaix to the Stelvio."))
                .isTrue();
        assertThat(describesPublication(
                        "Independent tech journalism from Medan to Makassar. Become a Jakarta Tech " + "Daily member."))
                .isTrue();
        assertThat(describesPublication("Our health coverage from South Asia receives support from the Novo Nordisk "
                        + "Foundation, which has no say over what we publish."))
                .isTrue();
        assertThat(describesPublication(
                        "The clinic receives support from the Novo Nordisk Foundation, its director " + "said."))
                .isFalse();
    }

    @Test
    void takesAPricePerMonthCallReaderBackedAndATaglineForTheSitesOwn() {
        assertThat(isAppeal("Reporting costs money. Keep our reporters on the road with £4 a month."))
                .isTrue();
        assertThat(describesPublication("The Ledger is reader-backed. Any amount keeps our courts desk open."))
                .isTrue();
        assertThat(describesPublication("The Harbour Gazette · Independent news for Cork and the south coast"))
                .isTrue();
        assertThat(describesPublication("BALTIC FREIGHT WEEKLY — shipping news from the ports of the Baltic"))
                .isTrue();
        assertThat(isAppeal("Rents rose to £900 a month in the city centre, the agency said."))
                .isFalse();
        assertThat(describesPublication("The Valley Post is written in Chitré by four reporters. Back local "
                        + "journalism from 2 balboas a month."))
                .isTrue();
        assertThat(isAppeal("Support our newsroom with 5 euros a month.")).isTrue();
        assertThat(describesPublication("Lowland Ledger is free to read. A contribution of 40 pesos keeps a reporter "
                        + "in the delta for a day."))
                .isTrue();
        assertThat(describesPublication("Our work is paid for by readers. Give 20 soles and we will write back."))
                .isTrue();
        assertThat(describesPublication("The Durmitor Ledger is free to read. If it helps you, buy us a coffee: two "
                        + "euros keep the lights on in Žabljak."))
                .isTrue();
        assertThat(describesPublication("The survey was paid for by the ministry, its authors said."))
                .isFalse();
        assertThat(isAppeal("Members paid 40 pesos a month, the cooperative’s treasurer said."))
                .isFalse();
        assertThat(describesPublication("Opposition leaders · news of the coalition talks in Berlin dominated"))
                .isFalse();
    }

    private static boolean isAppeal(String line) {
        return ReaderAppeals.isAppeal(line, CallsToAction.lower(line));
    }

    @Test
    void recognisesThePublicationDescribingItselfAndItsFunding() {
        assertThat(describesPublication("Pulse Africa is an editorially independent project hosted by the Aga Khan "
                        + "University in Nairobi."))
                .isTrue();
        assertThat(describesPublication("Balkan Dispatch is an independent, reader-funded newsroom. Our reporting "
                        + "from Sarajevo to Skopje is free because readers pay for it – join them."))
                .isTrue();
        assertThat(describesPublication("Help us report from places others don’t. Pulse Africa is funded by "
                        + "readers from Kinshasa to Kampala – give what you can."))
                .isTrue();
        assertThat(describesPublication(
                        "Lagoon Letter is free and always will be. Help keep it that way: a gift of " + "any size."))
                .isTrue();
    }

    @Test
    void keepsReportingAboutIndependentBodiesAndFunding() {
        assertThat(describesPublication(
                        "The commission is an independent body that reports to parliament in " + "Accra."))
                .isFalse();
        assertThat(describesPublication("Kyiv Post is an independent newspaper, its editor said on Monday."))
                .isFalse();
        assertThat(describesPublication("The clinic is funded by donors from Oslo and Geneva."))
                .isFalse();
        assertThat(describesPublication("Entry to the park is free and will remain so, the council said."))
                .isFalse();
    }

    private static boolean describesPublication(String line) {
        return ReaderAppeals.describesPublication(line, CallsToAction.lower(line));
    }
}
