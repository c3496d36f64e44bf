package newsflow.ingest.cleaning.furniture.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.ingest.cleaning.furniture.Block;
import newsflow.ingest.cleaning.furniture.BlockRoles;
import org.junit.jupiter.api.Test;

class LabelledTeasersTests {

    private static final String PARAGRAPH = "The ferry operator said on Tuesday that it would add a second crossing "
            + "to Gdańsk from May, after bookings rose by a third last summer.";
    private static final String SECOND_PARAGRAPH = "Port workers in Rostock said the new crossing would need a night "
            + "shift, which the union has opposed since the spring.";

    @Test
    void takesAHeadlineAfterALabelOfTheSitesOwnForATeaserWhateverTheLabel() {
        assertThat(LabelledTeasers.isTeaser(
                        "Before you leave: the ferry operator’s plan for a second Baltic route, explained"))
                .isTrue();
        assertThat(LabelledTeasers.isTeaser(
                        "From the archive: how the 1998 floods changed the valley’s planning rules"))
                .isTrue();
        assertThat(LabelledTeasers.isTeaser(
                        "Earlier: Kraków’s tram strike ends after nine days – what did drivers win?"))
                .isTrue();
        assertThat(LabelledTeasers.isTeaser(
                        "HARBOUR PASS · Ten ferry routes from Rostock you can book for under €40 this spring"))
                .isTrue();
    }

    @Test
    void keepsSentencesQuotesDataFixturesSpeechAndShortSubHeadingsWithALabel() {
        assertThat(LabelledTeasers.isTeaser("Attendance: 38,412.")).isFalse();
        assertThat(LabelledTeasers.isTeaser("Analysis: why Lagos matters")).isFalse();
        assertThat(LabelledTeasers.isTeaser(
                        "Mayor Ruiz: “We will rebuild the bridge by the spring and open it to cyclists”"))
                .isFalse();
        assertThat(LabelledTeasers.isTeaser("Scorers: Tries: Moran 2, Keane, Walsh. Cons: Hegarty 3, Byrne 1"))
                .isFalse();
        assertThat(LabelledTeasers.isTeaser("Scorers: Aleksander Nowak 81st minute, Tomasz Wiśniewski (89th)"))
                .isFalse();
        assertThat(LabelledTeasers.isTeaser("To bat: Shaheen Afridi, Naseem Shah, Haris Rauf, Abrar Ahmed,"))
                .isFalse();
        assertThat(LabelledTeasers.isTeaser("At Trent Bridge: Nottinghamshire beat Sussex by an innings and 12 runs"))
                .isFalse();
        assertThat(LabelledTeasers.isTeaser("Company name: Shenzhen Harbour Logistics and Container Terminals Co"))
                .isFalse();
        assertThat(LabelledTeasers.isTeaser("Sunday: Ajax v PSV at the Johan Cruijff Arena, kick-off at 2.30pm"))
                .isFalse();
        assertThat(LabelledTeasers.isTeaser(
                        "The reason was simple: the council had run out of money to repair the road."))
                .isFalse();
        assertThat(LabelledTeasers.isTeaser(
                        "Witnesses: two men told police they heard shouting before the fire started"))
                .isFalse();
    }

    @Test
    void takesPitchesOfTheSitesOwnNewslettersPodcastsAndEventsAndDataCredits() {
        assertThat(LabelledTeasers.isTeaser(
                        "Harbour Notes: every Tuesday our port reporter rounds up the week’s shipping news. Free."))
                .isTrue();
        assertThat(LabelledTeasers.isTeaser("The Long Read, our Sunday letter: one story, told properly."))
                .isTrue();
        assertThat(LabelledTeasers.isTeaser(
                        "Listen to Dockside, our weekly shipping podcast with Ana Ruiz and Tom Berg"))
                .isTrue();
        assertThat(LabelledTeasers.isTeaser(
                        "Gazette Live: an evening with the harbour master, 3 April at the Custom House. Free; RSVP."))
                .isTrue();
        assertThat(LabelledTeasers.isTeaser("Data: Eurostat, national statistics offices."))
                .isTrue();
        assertThat(
                        LabelledTeasers.isTeaser(
                                "Baltic Ports Summit 2026: Gdańsk, 9–10 June, with speakers from DCT and PKP Cargo. Passes on sale."))
                .isTrue();
        assertThat(LabelledTeasers.isTeaser("Next match: 14 March, away at Lech Poznań, the coach said."))
                .isFalse();
        assertThat(
                        LabelledTeasers.isTeaser(
                                "Our Friday podcast, Quayside, is recorded in Gdynia with Ola Nowak. This week: the new cranes."))
                .isTrue();
        assertThat(LabelledTeasers.isTeaser(
                        "Correction, 3 March: an earlier version of this story gave the wrong year for the strike."))
                .isTrue();
        assertThat(LabelledTeasers.isTeaser("Our correspondent in Gdynia saw queues at the terminal on Monday."))
                .isFalse();
        assertThat(LabelledTeasers.isTeaser("Ferries sail every Friday from Gdańsk to Nynäshamn."))
                .isFalse();
        assertThat(LabelledTeasers.isTeaser("Listen to the recordings, the prosecutor told the jury on Friday."))
                .isFalse();
    }

    @Test
    void takesUpdateNotesAndTeasersForTheArchive() {
        assertThat(LabelledTeasers.isTeaser("Updated 12:41 a.m. CT: adds comments from the Texas locker room"))
                .isTrue();
        assertThat(LabelledTeasers.isTeaser("Editor’s note (Tue.): we added the vote on Gregory Pashkov’s amendment."))
                .isTrue();
        assertThat(LabelledTeasers.isTeaser(
                        "From the Grapevine vault: the night the Usk came over the wall at Rodney Parade (2020)"))
                .isTrue();
        assertThat(LabelledTeasers.isTeaser("Field notes, from our archive: the lemurs of Ranomafana, 2019"))
                .isTrue();
        assertThat(
                        LabelledTeasers.isTeaser(
                                "Okoro’s rise: how a Rotterdam schoolboy ended up at Galgenwaard (from our archive, August 2024)"))
                .isTrue();
        assertThat(LabelledTeasers.isTeaser(
                        "Photographs from the archive show the quay in 1932, before the harbour wall was built."))
                .isFalse();
        assertThat(LabelledTeasers.isTeaser("Updated figures from the ministry show exports rose 4% in May."))
                .isFalse();
    }

    @Test
    void leavesTheFirstTextBlockForTheStandfirstAndTakesTheTeasersAfterIt() {
        List<Block> blocks = List.of(
                Block.text("Hull 2 Derby 1: the striker’s two goals take the Tigers a point clear at the top"),
                Block.text(PARAGRAPH),
                Block.text("Before you leave: the ferry operator’s plan for a second Baltic route, explained"),
                Block.text(SECOND_PARAGRAPH));

        assertThat(BlockRoles.classify(blocks))
                .containsExactly(Block.Role.TEXT, Block.Role.TEXT, Block.Role.FURNITURE, Block.Role.TEXT);
    }

    @Test
    void takesAListOfHeadlinesUnderAHeadingItDoesNotKnowWithATeaserAmongThem() {
        List<Block> blocks = List.of(
                Block.text(PARAGRAPH),
                Block.text(SECOND_PARAGRAPH),
                Block.text("This week on the quays"),
                Block.text("Rostock port workers vote to strike over night shifts"),
                Block.text("Map: every ferry route out of Rostock and who runs it this summer"),
                Block.text("Why Stena is moving its Kiel crossings to Travemünde"),
                Block.text("Commenting has been switched off for this article."));

        assertThat(BlockRoles.classify(blocks))
                .containsExactly(
                        Block.Role.TEXT,
                        Block.Role.TEXT,
                        Block.Role.FURNITURE,
                        Block.Role.FURNITURE,
                        Block.Role.FURNITURE,
                        Block.Role.FURNITURE,
                        Block.Role.FURNITURE);
    }
}
