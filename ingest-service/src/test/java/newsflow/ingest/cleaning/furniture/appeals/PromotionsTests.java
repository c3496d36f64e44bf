package newsflow.ingest.cleaning.furniture.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.ingest.cleaning.furniture.CallsToAction;
import org.junit.jupiter.api.Test;

class PromotionsTests {

    @Test
    void recognisesBettingShopClickbaitTicketAndStreamingPromotions() {
        assertThat(isPromotion("Odds supplied by Tipico. Please play responsibly. 18+"))
                .isTrue();
        assertThat(isPromotion("Play Dream11 fantasy cricket – India v Australia contests now open. T&Cs apply."))
                .isTrue();
        assertThat(isPromotion("New customers: bet £10, get £30 in free bets. BeGambleAware.org"))
                .isTrue();
        assertThat(isPromotion("Goa villas under ₹2 crore – see prices")).isTrue();
        assertThat(isPromotion("Doctors in Chennai stunned by this simple knee trick"))
                .isTrue();
        assertThat(isPromotion(
                        "Tickets for autumn shows by Mørkeland and Sindre Aasheim are on sale via " + "Ticketmaster"))
                .isTrue();
        assertThat(isPromotion("Get tickets for the conference tournament in Nashville on StubHub"))
                .isTrue();
        assertThat(isPromotion("Playlist: our Roskilde 2026 highlights – listen on Spotify and Tidal"))
                .isTrue();
        assertThat(isPromotion("Unlock the full price database – 30 days free")).isTrue();
        assertThat(isPromotion("Code Coast Summit comes back to Chittagong in May. Early-bird passes are on sale now."))
                .isTrue();
    }

    @Test
    void takesACallToTapThatEndsALineAndACallToFollowALiveEventOnTheSitesPageForPromotionsButNotReporting() {
        assertThat(isPromotion("Breaking alerts from Kohima and Dimapur on WhatsApp: tap to join our channel"))
                .isTrue();
        assertThat(isPromotion("Video highlights of every set, and the league table, on the NetKick channel. Tap to "
                        + "watch"))
                .isTrue();
        assertThat(isPromotion("Follow every heat live from Al Wabra and Lebsayyer on our timing page"))
                .isTrue();
        assertThat(isPromotion("Users had to tap to join the network, which crashed twice in Kohima on Monday."))
                .isFalse();
        assertThat(isPromotion("Follow the money, she told the inquiry in Dimapur."))
                .isFalse();
        assertThat(isPromotion("Fans follow the race live on the big screen in the square."))
                .isFalse();
    }

    @Test
    void keepsReportingThatUsesTheWordsOfPromotions() {
        assertThat(isPromotion("Tickets went on sale via Ticketmaster on Friday and sold out in an hour, the "
                        + "promoter said."))
                .isFalse();
        assertThat(isPromotion("Fans in Leeds struggled to get tickets for the final."))
                .isFalse();
        assertThat(isPromotion("Tickets for the final are on sale from Monday at 40 euros."))
                .isFalse();
        assertThat(isPromotion("Buy now, pay later firms such as Klarna face new rules in Britain."))
                .isFalse();
        assertThat(isPromotion("The trick, she said, was to keep the costs down."))
                .isFalse();
        assertThat(isPromotion("Residents listen on the radio for news of the floods in Mallow."))
                .isFalse();
        assertThat(isPromotion("Children aged 12 to 18 will be vaccinated first in Accra."))
                .isFalse();
    }

    @Test
    void takesACallToWatchOnANamedServiceAndAFreeTryForPromotions() {
        assertThat(isPromotion("Watch the last 5km again on Eurosport and Sporza"))
                .isTrue();
        assertThat(isPromotion("Nile Business Pro: vessel tracking in one dashboard. Try it free for 14 days."))
                .isTrue();
        assertThat(isPromotion("Watch out for ice on the roads tonight, the Met Office said"))
                .isFalse();
        assertThat(isPromotion("Viewers watched the final on Sunday.")).isFalse();
    }

    @Test
    void takesABookshopLinkThatPaysTheSiteForAPromotion() {
        assertThat(
                        isPromotion(
                                "Buy Salt Roads (Faber, £16.99) from our partner Bookshop.org; a share of each sale comes back to us."))
                .isTrue();
        assertThat(isPromotion("The publisher said a share of each sale goes to the translators’ fund."))
                .isFalse();
    }

    @Test
    void takesThePublicationsOwnEventsPodcastsAndSponsorsForPromotions() {
        assertThat(isPromotion("Book a table at the Gulf Energy Dinner with Maryam al-Balushi, 12 February"))
                .isTrue();
        assertThat(isPromotion("Webinar, 4 March, 10:00 CET: “Who builds the turbines?” with Jana Vrbová"))
                .isTrue();
        assertThat(isPromotion("Tune in to The Ballot Box on Radio Icengelo, Sundays at 7pm, with host Bwalya Nkandu."))
                .isTrue();
        assertThat(isPromotion("Sponsored message from Zanaco: small-business loans, apply at any branch."))
                .isTrue();
        assertThat(isPromotion("New episode of The Kava Bowl (48): who really runs the Port Vila markets?"))
                .isTrue();
        assertThat(isPromotion("Podcast pick: on Strata, Florence Ntuli explains how to read a flood."))
                .isTrue();
        assertThat(isPromotion("The minister said she would book a table for the delegation, the embassy said."))
                .isFalse();
        assertThat(isPromotion("A book launch in Dakar drew 300 people on Saturday."))
                .isFalse();
    }

    @Test
    void takesASponsorsLineForAPromotionButNotAReportOfASponsorship() {
        assertThat(isPromotion("Match sponsor: Everest Ridge Tea — proud partner of the Lumbini Lions since 2024"))
                .isTrue();
        assertThat(isPromotion("Official partner: Harbour Motors")).isTrue();
        assertThat(isPromotion("The club said the tea company would remain its sponsor until 2027."))
                .isFalse();
    }

    private static boolean isPromotion(String line) {
        return Promotions.isPromotion(line, CallsToAction.lower(line));
    }
}
