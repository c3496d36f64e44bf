package newsflow.ingest.cleaning.furniture.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.CleanArticle;
import newsflow.ingest.cleaning.furniture.CallsToAction;
import newsflow.ingest.cleaning.furniture.TestPages;
import org.junit.jupiter.api.Test;

class NewsletterPromptsTests {

    private static final String BODY = String.join(
            "\n",
            "The association's newsletter, published on Friday, said tenants in Hamburg and Munich were preparing "
                    + "similar cases.",
            "The landlord, Spree Wohnen, said it would appeal to the Federal Court of Justice in Karlsruhe.");

    @Test
    void movesNewsletterPromptsNamingEditorsAndCitiesToBoilerplateInScrapedText() {
        CleanArticle clean = TestPages.clean("newsletter.txt");

        assertThat(clean.text(ZoneName.STANDFIRST)).startsWith("A Berlin court ruled on Tuesday");
        assertThat(clean.text(ZoneName.BODY)).isEqualTo(BODY);
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "Sign up for the Berlin Briefing, sent every morning by Anna Weber",
                        "Get our Morning Edition newsletter",
                        "The day’s news from Berlin, Hamburg and Munich, in your inbox every weekday.",
                        "Enter your email address",
                        "Privacy notice: Newsletters may contain information about charities, online ads, and content funded "
                                + "by outside parties."));
    }

    @Test
    void movesNewsletterPromptsToBoilerplateInHtmlByClassAndByTheirText() {
        CleanArticle clean = TestPages.clean("newsletter.html");

        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo("A Berlin court ruled on Tuesday that a landlord in Neukölln "
                        + "had raised rents unlawfully, in a case brought by more than 2,000 tenants.\n" + BODY);
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .contains(
                        "Sign up for the Berlin Briefing, sent every morning by Anna Weber",
                        "The Hamburg Letter Jonas Petersen on the week in Hamburg, every Friday.",
                        "Get our Morning Edition newsletter: the day’s news from Berlin");
    }

    @Test
    void tellsNewsletterPromptsFromNewsAboutNewslettersAndBriefings() {
        assertThat(isPrompt("Sign up for Kyiv Today, Olena Marchenko's morning briefing"))
                .isTrue();
        assertThat(isPrompt("Don't miss the Lisbon Letter, in your inbox every Friday"))
                .isTrue();
        assertThat(isPrompt("The newsletter, published by the ministry, said exports had doubled."))
                .isFalse();
        assertThat(isPrompt("The briefing in Berlin ended early after the minister left."))
                .isFalse();
        assertThat(isPrompt("Farmers can sign up for the scheme until the end of May."))
                .isFalse();
        assertThat(isPrompt("Enjoyed this? The Harbour Letter newsletter brings the week's shipping news from Gdańsk."))
                .isTrue();
        assertThat(isPrompt("Why did the bulletin go out late? The ministry blamed a printer in Poznań."))
                .isFalse();
    }

    @Test
    void takesADigestByEmailAndANewslettersDeliveryToSubscribersForPrompts() {
        assertThat(isPrompt("The Harbour Ledger daily digest is free. Get every story from Sfax and Gabès by email "
                        + "before 7am."))
                .isTrue();
        assertThat(isPrompt("The Pearl Markets Brief is emailed at 7am on trading days. Free for subscribers in Manama "
                        + "and abroad."))
                .isTrue();
        assertThat(isPrompt("The ministry's report is emailed at 9am to 40 subscribers, officials said."))
                .isFalse();
    }

    @Test
    void takesALineThatCallsANewsletterOurEmailAndAsksTheReaderToJoinForAPrompt() {
        assertThat(isPrompt("The Seven-Metre Line is our Thursday email from the courts of Skopje, Bitola and "
                        + "Strumica. Join free."))
                .isTrue();
        assertThat(isPrompt("The leaked memo was our only email from the ministry, the lawyer said."))
                .isFalse();
    }

    @Test
    void takesALetterThatAsksForTheReadersEmailForAPrompt() {
        assertThat(isPrompt("Night Ferry: a short letter from our Hebrides correspondent after each crossing. Add your "
                        + "e-mail and it arrives on Fridays."))
                .isTrue();
        assertThat(isPrompt("The council wrote to residents asking for an e-mail address for flood alerts."))
                .isFalse();
        assertThat(isPrompt("Full Time, a short note after every derby from our man in Tema. Leave your address and "
                        + "we will write."))
                .isTrue();
        assertThat(isPrompt("The Harbour Note, our weekly letter, is free. Type your address below."))
                .isTrue();
        assertThat(isPrompt("Shipwrights, our Friday email about yards from the Clyde to the Tyne. Free. Unsubscribe "
                        + "whenever."))
                .isTrue();
        assertThat(isPrompt("The Cellar Door, our trade briefing, arrives every Monday for growers from Rioja to "
                        + "Mendoza."))
                .isTrue();
        assertThat(isPrompt("The minister’s briefing in Lisbon ended early.")).isFalse();
        assertThat(isPrompt("The envoy will address the assembly on Friday, the ministry said."))
                .isFalse();
    }

    @Test
    void readsAPromptWithLettersWhoseLowerCaseIsLonger() {
        assertThat(isPrompt("İSTANBUL BRIEFING: SIGN UP FOR YOUR MORNING NEWSLETTER"))
                .isTrue();
        assertThat(isPrompt("İzmir’s newsletter, the ministry said, will close."))
                .isFalse();
    }

    private static boolean isPrompt(String line) {
        return NewsletterPrompts.isPrompt(line, CallsToAction.lower(line));
    }
}
