package newsflow.ingest.cleaning.furniture.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.CleanArticle;
import newsflow.ingest.cleaning.furniture.Block;
import newsflow.ingest.cleaning.furniture.BlockRoles;
import newsflow.ingest.cleaning.furniture.TestPages;
import org.junit.jupiter.api.Test;

class HeadlineListsTests {

    @Test
    void movesNumberedAndBulletedListsOfHeadlinesUnderTheirHeadingsToBoilerplateInScrapedText() {
        CleanArticle clean = TestPages.clean("most-read.txt");

        assertThat(clean.text(ZoneName.HEADLINE)).isEqualTo("Dockworkers in Lagos end three-day strike after pay deal");
        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo(String.join(
                        "\n",
                        "The strike, which began on Monday, left more than 40 container ships waiting off the coast of Lagos, "
                                + "according to the Nigerian Ports Authority.",
                        "Union leader Adewale Okafor said the agreement raised the minimum monthly wage for dock labourers "
                                + "and would be reviewed in January. Under the deal:",
                        "1. Basic pay rises by 35% from November.",
                        "2. Night-shift allowances are restored.",
                        "3. A joint committee will review safety rules within 90 days.",
                        "Shipping lines said it could take two weeks to clear the backlog. Several carriers had diverted "
                                + "vessels to Cotonou in Benin during the stoppage."));
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .isEqualTo(String.join(
                        "\n",
                        "Most read",
                        "1",
                        "Ghana's cedi falls to record low against the dollar",
                        "2",
                        "Kenyan court halts sale of state sugar mills",
                        "3",
                        "Floods cut off roads to Maiduguri as rivers burst their banks",
                        "4",
                        "Senegal names new central bank governor",
                        "Trending now",
                        "Inside the race to build Africa's largest oil refinery",
                        "Why Addis Ababa is tearing down its old markets",
                        "Five things to know about the continent's free trade deal"));
    }

    @Test
    void movesHeadlineListsToBoilerplateInHtmlByClassByHeadingAndWhenTheyTrailTheArticle() {
        CleanArticle clean = TestPages.clean("most-read.html");

        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo(String.join(
                        "\n",
                        "The strike, which began on Monday, left more than 40 container ships waiting off the coast of Lagos, "
                                + "according to the Nigerian Ports Authority.",
                        "Union leader Adewale Okafor said the agreement raised the minimum monthly wage for dock labourers. "
                                + "Under the deal:",
                        "Basic pay rises by 35% from November.",
                        "Night-shift allowances are restored.",
                        "A joint committee will review safety rules within 90 days.",
                        "Shipping lines said it could take two weeks to clear the backlog. Several carriers had diverted "
                                + "vessels to Cotonou in Benin during the stoppage."));
        assertThat(clean.text(ZoneName.BOILERPLATE).lines())
                .contains(
                        "Trending now Inside the race to build Africa's largest oil refinery Why Addis Ababa is tearing down "
                                + "its old markets",
                        "Most read",
                        "1 Ghana's cedi falls to record low against the dollar",
                        "Editor's picks",
                        "Cocoa farmers in Kumasi count the cost of a wet season",
                        "From our correspondents",
                        "How Dakar's fishermen are adapting to empty seas",
                        "Mombasa rail line reopens after two-year repairs",
                        "Ethiopian coffee exports hit a ten-year high");
    }

    @Test
    void keepsANumberedListOfFactsInsideTheBody() {
        CleanArticle clean = TestPages.cleanText(String.join(
                "\n\n",
                "Aarhus approves harbour bridge",
                "The city council voted 19 to 12 on Tuesday to build a pedestrian bridge across the inner harbour.",
                "The plan in numbers",
                "1. 260 metres long\n2. Opens to cyclists in 2029\n3. Costs 410 million kroner",
                "Opponents said the money would be better spent on the ring road to Randers."));

        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo(String.join(
                        "\n",
                        "The plan in numbers",
                        "1. 260 metres long",
                        "2. Opens to cyclists in 2029",
                        "3. Costs 410 million kroner",
                        "Opponents said the money would be better spent on the ring road to Randers."));
        assertThat(clean.text(ZoneName.BOILERPLATE)).isEmpty();
    }

    @Test
    void keepsATrailingListTheBodyIntroducesWithAColon() {
        CleanArticle clean = TestPages.cleanText(String.join(
                "\n\n",
                "What the coalition agreed in Oslo",
                "The three parties signed their agreement on Sunday night after eleven days of talks.",
                "The main points of the deal are:",
                "A new fund for ferry routes in Nordland\nLower fuel tax for fishing boats\nA ban on oil drilling "
                        + "near Lofoten"));

        assertThat(clean.text(ZoneName.BODY))
                .endsWith("The main points of the deal are:\nA new fund for ferry routes "
                        + "in Nordland\nLower fuel tax for fishing boats\nA ban on oil drilling near Lofoten");
        assertThat(clean.text(ZoneName.BOILERPLATE)).isEmpty();
    }

    @Test
    void takesAListOfHeadlinesRankedInRomanNumeralsForFurniture() {
        CleanArticle clean = TestPages.cleanText(String.join(
                "\n\n",
                "Ferry strike ends",
                "The ferry strike ended on Monday after talks through the night, and the first boats left at dawn.",
                "Ferries between Rostock and Gedser will run a reduced timetable until Friday, the operator said.",
                "What Montevideo is reading tonight:",
                "(i) Punta del Este hotel tax row reaches the Supreme Court",
                "(ii) Peñarol and Nacional agree a shared stadium security plan",
                "(iii) Buquebus adds a late-night crossing from Buenos Aires to Colonia"));

        assertThat(clean.text(ZoneName.BOILERPLATE)).contains("(ii) Peñarol and Nacional", "(iii) Buquebus adds");
        assertThat(clean.text(ZoneName.BODY)).doesNotContain("Peñarol");
    }

    @Test
    void takesAListOfHeadlinesRankedInSmallLettersOrRomanNumeralsWithoutBracketsForFurniture() {
        CleanArticle lettered = TestPages.cleanText(String.join(
                "\n\n",
                "Olive harvest starts early",
                "Growers in the south began the olive harvest a fortnight early this year after a dry summer.",
                "Prices at the first auctions were a fifth higher than last year, the growers' union said.",
                "Trending on Gulf Ledger",
                "a) Phosphate plant to move, minister promises again",
                "b) Date growers in Nefta hit by late rain",
                "c) Why Zarzis hotels are full in December"));
        CleanArticle roman = TestPages.cleanText(String.join(
                "\n\n",
                "Nutmeg exports rise",
                "Nutmeg exports rose by a third in the first half, the growers' association said on Tuesday.",
                "Buyers in Rotterdam paid more for the island's mace than for any other, traders said.",
                "The week’s most read",
                "i. Why the smallest island still has no bank",
                "ii. Airport terminal in Pearls is finally finished",
                "iii. Cruise calls to Grenville to double in March"));

        assertThat(lettered.text(ZoneName.BOILERPLATE)).contains("b) Date growers in Nefta", "c) Why Zarzis hotels");
        assertThat(lettered.text(ZoneName.BODY)).doesNotContain("Nefta", "Zarzis");
        assertThat(roman.text(ZoneName.BOILERPLATE)).contains("ii. Airport terminal in Pearls", "iii. Cruise calls");
        assertThat(roman.text(ZoneName.BODY)).doesNotContain("Pearls", "Grenville");
    }

    @Test
    void keepsADrawOrAScheduleOfFixturesAtTheEndOfTheArticle() {
        CleanArticle clean = TestPages.cleanText(String.join(
                "\n\n",
                "Draw for the 1997 Fed Cup",
                "The draw for next year's women's team tennis championships was made at the U.S. Open on Saturday, "
                        + "with the first round to be played in March.",
                "World Group II, first round (March 1-2)",
                "Austria at Croatia\nSwitzerland at Slovak Republic\nArgentina at South Korea\nAustralia at South "
                        + "Africa"));

        assertThat(clean.text(ZoneName.BODY)).endsWith("Argentina at South Korea\nAustralia at South Africa");
        assertThat(clean.text(ZoneName.BOILERPLATE)).isEmpty();

        CleanArticle schedule = TestPages.cleanText(String.join(
                "\n\n",
                "Marlins beat Reds",
                "Kevin Brown threw an eight-hitter as the Florida Marlins beat the Cincinnati Reds 4-1 on Saturday, "
                        + "their fifth win in six games.",
                "SUNDAY 'S GAMES",
                "FLORIDA AT CINCINNATI\nLOS ANGELES AT PHILADELPHIA\nSAN DIEGO AT MONTREAL\nCOLORADO AT ST LOUIS"));

        assertThat(schedule.text(ZoneName.BOILERPLATE)).isEmpty();
    }

    @Test
    void keepsASubHeadingFollowedByParagraphsInTheBody() {
        CleanArticle clean = TestPages.cleanText(String.join(
                "\n\n",
                "Ferry strike ends",
                "The ferry strike ended on Monday after talks through the night.",
                "What happens next",
                "Ferries between Rostock and Gedser will run a reduced timetable until Friday."));

        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo("What happens next\nFerries between Rostock and Gedser "
                        + "will run a reduced timetable until Friday.");
    }

    @Test
    void recognisesListHeadingsWhateverTheirCaseAndPunctuation() {
        assertThat(HeadlineLists.isHeading("MOST READ")).isTrue();
        assertThat(HeadlineLists.isHeading("Around the web · Sponsored")).isTrue();
        assertThat(HeadlineLists.isHeading("Readers’ favourites")).isTrue();
        assertThat(HeadlineLists.isHeading("Sponsored stories")).isTrue();
        assertThat(HeadlineLists.isHeading("Most popular:")).isTrue();
        assertThat(HeadlineLists.isHeading("Trending now")).isTrue();
        assertThat(HeadlineLists.isHeading("More tech")).isTrue();
        assertThat(HeadlineLists.isHeading("What our readers are looking at")).isTrue();
        assertThat(HeadlineLists.isHeading("Keep reading")).isTrue();
        assertThat(HeadlineLists.isHeading("NEXT IN TANGERINE WIRE")).isTrue();
        assertThat(HeadlineLists.isHeading("Up next")).isTrue();
        assertThat(HeadlineLists.isHeading("Next in the queue were the farmers of Seongsan."))
                .isFalse();
        assertThat(HeadlineLists.isHeading("Further reading:")).isTrue();
        assertThat(HeadlineLists.isHeading("Obituaries")).isTrue();
        assertThat(HeadlineLists.isHeading("More sport:")).isTrue();
        assertThat(HeadlineLists.isHeading("Popular now")).isTrue();
        assertThat(HeadlineLists.isHeading("Top stories")).isTrue();
        assertThat(HeadlineLists.isHeading("Editor’s picks")).isTrue();
        assertThat(HeadlineLists.isHeading("Editors' picks")).isTrue();
        assertThat(HeadlineLists.isHeading("Most viewed in Europe")).isTrue();
        assertThat(HeadlineLists.isHeading("Today’s most-viewed")).isTrue();
        assertThat(HeadlineLists.isHeading("The week’s most read")).isTrue();
        assertThat(HeadlineLists.isHeading("Our most-read pieces")).isTrue();
        assertThat(HeadlineLists.isHeading("Top reads this week")).isTrue();
        assertThat(HeadlineLists.isHeading("Lo más leído")).isTrue();
        assertThat(HeadlineLists.isHeading("Mais lidas")).isTrue();
        assertThat(HeadlineLists.isHeading("Les plus lus")).isTrue();
        assertThat(HeadlineLists.isHeading("Meistgelesen")).isTrue();
        assertThat(HeadlineLists.isHeading("Most read books of the year were thrillers"))
                .isFalse();
        assertThat(HeadlineLists.isHeading("Trending topics on social media included the strike."))
                .isFalse();
        assertThat(HeadlineLists.isHeading("More rain is expected on Friday.")).isFalse();
        assertThat(HeadlineLists.isHeading("Keep reading the small print, the regulator said."))
                .isFalse();
    }

    @Test
    void movesDeathNoticesUnderTheirHeadingToBoilerplate() {
        CleanArticle clean = TestPages.cleanText(String.join(
                "\n",
                "Bridge over the Wabash to close for repairs",
                "The state will close the Broadway bridge for six months from March, the county said on Monday.",
                "Detours will run through Logansport and Kokomo, and the county will pay for extra signs.",
                "Obituaries",
                "Harold “Buzz” Wilkerson, 88, of Denver, Ind.",
                "Joan M. Teeter, 79, formerly of Bunker Hill",
                "Letters to the editor: 250 words or fewer, with your name and town."));

        assertThat(clean.text(ZoneName.BODY)).doesNotContain("Wilkerson", "Teeter");
        assertThat(clean.text(ZoneName.BOILERPLATE)).contains("Harold “Buzz” Wilkerson", "Joan M. Teeter");
    }

    @Test
    void keepsAResultsTableAtTheEndOfASportsReportInTheBody() {
        CleanArticle clean = TestPages.cleanText(String.join(
                "\n",
                "Hull stun Derby as Championship leaders slip",
                "Hull City beat Derby County 2-1 on Saturday to end a run of four defeats, and the other leaders also "
                        + "dropped points.",
                "Results on Saturday:",
                "Hull 2 Derby 1",
                "Preston 0 Bolton 3",
                "Stoke 1 Luton 1",
                "Latest standings:",
                "Bolton 12 8 2 2 26",
                "Derby 12 7 3 2 24",
                "Sunday's fixtures:",
                "ATLANTA AT CHICAGO",
                "FLORIDA AT CINCINNATI",
                "SAN DIEGO AT MONTREAL"));

        assertThat(clean.text(ZoneName.BODY))
                .contains("Hull 2 Derby 1", "Preston 0 Bolton 3", "Derby 12 7 3 2 24", "SAN DIEGO AT MONTREAL");
        assertThat(clean.text(ZoneName.BOILERPLATE)).isEmpty();
    }

    @Test
    void takesARowOfNumbersForDataNotAHeadline() {
        assertThat(HeadlineLists.isData("Sale 31 Wasps 33")).isTrue();
        assertThat(HeadlineLists.isData("2. Venuste Niyongabo (Burundi) 3:31.95"))
                .isTrue();
        assertThat(HeadlineLists.isData("Bob Kennedy (U.S.) 13:06.12")).isTrue();
        assertThat(HeadlineLists.isData("3 Access Bank completes Kenyan acquisition"))
                .isFalse();
        assertThat(HeadlineLists.isData("Budget talks stall ahead of the vote in 2026"))
                .isFalse();
        assertThat(HeadlineLists.isHeadline("Sale 31 Wasps 33")).isFalse();
    }

    @Test
    void takesAnExplainersHeadlineThatEndsInHereIsWhyForAHeadlineButNotTwoSentencesOfProse() {
        assertThat(HeadlineLists.isHeadline("Bình Dương factories are hiring again. Here is why"))
                .isTrue();
        assertThat(HeadlineLists.isHeadline("Fuel is dearer from Monday: here's what changes"))
                .isTrue();
        assertThat(HeadlineLists.isHeadline("Factories are hiring again. Wages rose in May"))
                .isFalse();
    }

    @Test
    void findsAListOfHeadlinesAgainOnceTheLineModelHasTakenTheLinesAfterItForFurniture() {
        List<Block> blocks = Stream.of(
                        "The operator raised fares on the morning crossing by 12 percent on Monday, the third rise "
                                + "this year.",
                        "Six stories our readers finished this week",
                        "1. Why the port of Nueva Palmira is working through the night",
                        "2. Carmelo’s boatyard wins a navy contract",
                        "3. The bridge that Fray Bentos still waits for",
                        "Delta Lines, a weekly note on river politics from Inés Barreto, lands every Thursday.")
                .map(Block::text)
                .toList();
        Block.Role[] roles = BlockRoles.classify(blocks);
        assertThat(roles[2]).isEqualTo(Block.Role.TEXT);

        roles[5] = Block.Role.FURNITURE; // as the line model decides
        BlockRoles.classifyListsAgain(blocks, roles);

        assertThat(roles)
                .containsExactly(
                        Block.Role.TEXT,
                        Block.Role.FURNITURE,
                        Block.Role.FURNITURE,
                        Block.Role.FURNITURE,
                        Block.Role.FURNITURE,
                        Block.Role.FURNITURE);
    }

    @Test
    void recognisesAMostViewedListHeadingThatNamesThePublication() {
        assertThat(HeadlineLists.isHeading("Most viewed on Valley Post")).isTrue();
        assertThat(HeadlineLists.isHeading("Most read on the Coast")).isTrue();
        assertThat(HeadlineLists.isHeading("Also in The Stalls")).isTrue();
        assertThat(HeadlineLists.isHeading("Also in the first act, the chorus sang in Latgalian."))
                .isFalse();
    }

    @Test
    void movesAListUnderAHeadingItDoesNotKnowToBoilerplateWhenOnlyFurnitureFollows() {
        CleanArticle clean = TestPages.cleanText(String.join(
                "\n\n",
                "Porto edge Braga at the Dragão",
                "Santiago Ferreyra scored twice as FC Porto beat Sporting Braga 2-1 on Sunday.",
                "Everyone’s talking about\nSporting confirm sale of Duarte Leite to Brighton for €60m\n"
                        + "Why Famalicão’s owners are looking to Mexico for investors\n"
                        + "Marítimo fans march through Funchal over stadium sale",
                "Comments are closed for this story.",
                "© Bola Wire Media Lda, Rua de Santa Catarina 312, Porto"));

        assertThat(clean.text(ZoneName.BODY))
                .isEqualTo("Santiago Ferreyra scored twice as FC Porto beat Sporting Braga 2-1 on Sunday.");
        assertThat(clean.text(ZoneName.BOILERPLATE))
                .contains(
                        "Everyone’s talking about",
                        "Marítimo fans march through Funchal over stadium sale",
                        "Comments are closed for this story.");
    }
}
