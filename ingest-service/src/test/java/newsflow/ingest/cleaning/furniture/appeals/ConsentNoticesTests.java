package newsflow.ingest.cleaning.furniture.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.CleanArticle;
import newsflow.ingest.cleaning.furniture.CallsToAction;
import newsflow.ingest.cleaning.furniture.TestPages;
import org.junit.jupiter.api.Test;

class ConsentNoticesTests {

    private static final String FINE = "The Danish data protection agency fined the retailer 12 million kroner for "
            + "placing advertising cookies on shoppers' devices without their consent.";
    private static final String AGENCY = "The agency said the retailer's website in Aarhus had set 64 cookies before "
            + "visitors could refuse them, including several from Meta and Criteo.";
    private static final String LAWYER = "Helle Lauritsen, a lawyer in Copenhagen, said the size of the fine would "
            + "make other retailers review their consent banners.";

    @Test
    void movesConsentNoticesToBoilerplateInScrapedTextButKeepsReportingAboutCookies() {
        CleanArticle clean = TestPages.clean("consent-notices.txt");

        assertThat(clean.text(ZoneName.STANDFIRST)).isEqualTo(FINE);
        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo(String.join(
                        "\n",
                        AGENCY,
                        "Cookies are small files that websites store in a browser, and the law requires consent for all but "
                                + "those a site needs to work.",
                        LAWYER));
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(
                        String.join(
                                "\n",
                                "We and our 212 partners store and access information on your device, such as cookies, to "
                                        + "personalise ads. Manage preferences",
                                "This site uses cookies from Google and Microsoft to measure its audience. Accept all · Reject all"));
    }

    @Test
    void movesConsentNoticesInElementsWithoutAFurnitureClassToBoilerplateInHtml() {
        CleanArticle clean = TestPages.clean("consent-notices.html");

        assertThat(clean.text(ZoneName.BODY)).isEqualTo(String.join("\n", FINE, AGENCY, LAWYER));
        assertThat(clean.text(ZoneName.BOILERPLATE).lines())
                .containsExactlyInAnyOrder(
                        "Google, Meta and 140 other partners store cookies on your device to personalise content. Manage your "
                                + "choices",
                        "We and our partners, including Amazon, process personal data such as cookies for ads and measurement. "
                                + "Accept all");
    }

    @Test
    void tellsNoticesFromReportingAndOpinionAboutCookies() {
        assertThat(isNotice("We and our 187 partners, including Google, store and access cookies on your device. "
                        + "Manage preferences"))
                .isTrue();
        assertThat(isNotice("The Brussels Ledger and our partners use cookies to measure our audience."))
                .isTrue();
        assertThat(isNotice("Regulators said sites must let you reject all cookies as easily as you accept them."))
                .isFalse();
        assertThat(isNotice("We accept cookies without thinking about what they do."))
                .isFalse();
        assertThat(isNotice("Cookies on your device can be deleted, but few people do it."))
                .isFalse();
    }

    @Test
    void takesALineThatEndsWithABannersButtonsForANoticeWhateverItSays() {
        assertThat(isNotice("By clicking Accept you agree that Bola Wire and its 142 vendors may store information on "
                        + "your device. Accept · Reject · Options"))
                .isTrue();
        assertThat(isNotice("Partners including Google may also set them. Accept · Settings"))
                .isTrue();
        assertThat(isNotice("Our partners read and write cookies on this device. Accept · Refuse · Set preferences"))
                .isTrue();
        assertThat(isNotice("The council will accept bids until Friday · Reject notices go out in May"))
                .isFalse();
        assertThat(isNotice("Voters can accept or reject the plan.")).isFalse();
    }

    @Test
    void takesCookiesThatHelpTheSiteAndSettingsToAdjustHereForANotice() {
        assertThat(isNotice("Cookies help us see which stories you finish. Keep reading or change your settings here."))
                .isTrue();
        assertThat(isNotice("Cookies help us count readers, nothing more.")).isTrue();
        assertThat(isNotice("Cookies help advertisers follow people from site to site, the regulator said."))
                .isFalse();
    }

    private static boolean isNotice(String line) {
        return ConsentNotices.isNotice(line, CallsToAction.lower(line));
    }
}
