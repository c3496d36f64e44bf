package newsflow.ingest.cleaning.furniture.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.CleanArticle;
import newsflow.ingest.cleaning.furniture.CallsToAction;
import newsflow.ingest.cleaning.furniture.TestPages;
import org.junit.jupiter.api.Test;

class ShareBarsTests {

    private static final String BODY = String.join(
            "\n",
            "The chief executive, Katrin Albers, said she would share more details about repairs to older turbines "
                    + "with investors in November.",
            "Analysts at a Munich brokerage said the order book now covered three years of production at the "
                    + "company's plant in Cuxhaven.");

    @Test
    void movesShareAndFollowBarsToBoilerplateInScrapedTextAlsoWhenEachButtonIsALine() {
        CleanArticle clean = TestPages.clean("share-bars.txt");

        assertThat(clean.text(ZoneName.STANDFIRST)).startsWith("Shares in Nordwind Energie rose 9% in Frankfurt");
        assertThat(clean.text(ZoneName.BODY)).isEqualTo(BODY);
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "Share on X · Threads · Telegram",
                        "Share this article: Facebook Twitter WhatsApp Email Copy link",
                        "Follow us on Instagram",
                        "Share",
                        "Facebook",
                        "LinkedIn",
                        "Email"));
    }

    @Test
    void movesShareButtonsToBoilerplateInHtmlByClassAndByTheirText() {
        CleanArticle clean = TestPages.clean("share-bars.html");

        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo("Shares in Nordwind Energie rose 9% in Frankfurt on "
                        + "Wednesday after the company reported record orders for offshore wind turbines from customers in "
                        + "Denmark and Taiwan.\n" + BODY);
        assertThat(clean.text(ZoneName.BOILERPLATE).lines())
                .contains(
                        "Follow us on Instagram",
                        "Facebook",
                        "X",
                        "WhatsApp",
                        "Copy link",
                        "Share on X · Threads · Telegram",
                        "Follow Hanse Business Daily on Bluesky and Mastodon");
    }

    @Test
    void tellsShareBarsFromSentencesAndSubHeadingsThatNamePlatforms() {
        assertThat(isShareBar("Share this article: Facebook Twitter WhatsApp Email Copy link"))
                .isTrue();
        assertThat(isShareBar("Facebook · X · Email")).isTrue();
        assertThat(isShareBar("Copy link")).isTrue();
        assertThat(isShareBar("Follow Anna Weber on X")).isTrue();
        assertThat(isShareBar("Facebook and Instagram")).isFalse();
        assertThat(isShareBar("The Tweet")).isFalse();
        assertThat(isShareBar("Shares in Siemens fell 3% after the profit warning"))
                .isFalse();
        assertThat(isShareBar("Users share on Telegram footage that other platforms remove"))
                .isFalse();
    }

    @Test
    void takesASendButtonForAShareBar() {
        assertThat(isShareBar("Send via Telegram, or copy the link")).isTrue();
        assertThat(isShareBar("Send the report to parliament")).isFalse();
    }

    @Test
    void takesAPromptToPassTheStoryOnOverAPlatformForAShareBar() {
        assertThat(isShareBar("Send this match report to a friend over WhatsApp, Signal or e-mail"))
                .isTrue();
        assertThat(isShareBar("Pass this story on via Telegram")).isTrue();
        assertThat(isShareBar("Pass the plume along on Bluesky or Mastodon")).isTrue();
        assertThat(isShareBar("Give the money to the clinic on Monday")).isFalse();
        assertThat(isShareBar("Give this stage a second look on the highlights reel"))
                .isFalse();
        assertThat(isShareBar("Send this bill back to the committee by Friday")).isFalse();
    }

    @Test
    void takesAPromptAColonAndOnlyPlatformsForAShareBarButNotASentenceAboutApps() {
        assertThat(isShareBar("Beam this to a colleague: Telegram, LinkedIn, Threads or WhatsApp"))
                .isTrue();
        assertThat(isShareBar("The apps she uses: WhatsApp and Signal")).isFalse();
        assertThat(isShareBar("Send this to the council: it has the figures and the maps"))
                .isFalse();
    }

    private static boolean isShareBar(String line) {
        return ShareBars.isShareBar(line, CallsToAction.lower(line));
    }
}
