package newsflow.ingest.cleaning.linemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.ingest.cleaning.furniture.Block;
import newsflow.ingest.cleaning.furniture.BlockRoles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FurnitureLineModelTests {

    private static final String FIRST = "The regional council voted on Tuesday to close two of the three ferry piers on"
            + " the northern shore by the end of next year, citing the cost of repairs after the winter storms.";
    private static final String SECOND = "Residents of the three villages said the decision had been taken without"
            + " asking them, and a petition against the closures had gathered 4,000 signatures by Wednesday evening.";
    private static final String LAST = "The council's transport committee will meet again in March to decide which of"
            + " the two piers closes first, and how long the replacement bus service will run each day.";

    /** A model that calls every block furniture, to show what the model may and may not touch. */
    private static final FurnitureLineModel EVERYTHING = new FurnitureLineModel(Map.of("bias", 10.0), 0.5);

    @Test
    void turnsTextAfterTheArticleThatNoRuleKnowsIntoFurnitureWhenSureOfIt() {
        List<Block> blocks = blocks(
                FIRST,
                SECOND,
                LAST,
                "Share this story · WhatsApp · Telegram",
                "Elsewhere on the coast → the ferry men of Bodø who keep their own tide tables");
        Block.Role[] roles = BlockRoles.classify(blocks);
        assertThat(roles[4]).as("the rules' verdict, which the model corrects").isEqualTo(Block.Role.TEXT);

        FurnitureLineModel.standard().mark(blocks, roles);

        assertThat(roles)
                .containsExactly(
                        Block.Role.TEXT, Block.Role.TEXT, Block.Role.TEXT, Block.Role.FURNITURE, Block.Role.FURNITURE);
    }

    @Test
    void neverTakesAMatchReportsDataForFurnitureEvenWhenSureOfIt() {
        List<Block> blocks = blocks(
                FIRST,
                SECOND,
                LAST,
                "Scorer: Lauritzen 53. Attendance: 36,112.",
                "Elsewhere on the coast → the ferry men of Bodø who keep their own tide tables");
        Block.Role[] roles = BlockRoles.classify(blocks);
        var sureOfEverything = new FurnitureLineModel(Map.of("bias", 50.0), 0.5);

        sureOfEverything.mark(blocks, roles);

        assertThat(roles[3]).isEqualTo(Block.Role.TEXT);
        assertThat(roles[4]).isEqualTo(Block.Role.FURNITURE);
    }

    @Test
    void leavesTheArticlesParagraphsAsText() {
        List<Block> blocks = blocks(FIRST, SECOND, LAST);
        Block.Role[] roles = BlockRoles.classify(blocks);

        FurnitureLineModel.standard().mark(blocks, roles);

        assertThat(roles).containsOnly(Block.Role.TEXT);
    }

    @Test
    void neverTakesReportingForFurniture() {
        assertThat(LineFeatures.readsAsReporting("Users share videos of the storm on Telegram, researchers found."))
                .isTrue();
        assertThat(LineFeatures.readsAsReporting("It continued: “We must protect the piers #savethepiers"))
                .isTrue();
        assertThat(LineFeatures.readsAsReporting("Subscribe now · 3 months for 1 krone"))
                .isFalse();
        assertThat(LineFeatures.readsAsReporting("Podcast pick: the ferry men of Bodø."))
                .isFalse();

        List<Block> blocks =
                blocks(FIRST, SECOND, LAST, "Users share videos of the storm on Telegram, researchers found.");
        boolean[] furniture = EVERYTHING.decide(blocks, roles(Block.Role.TEXT, 4));

        assertThat(furniture).containsOnly(false);
    }

    @Test
    void judgesOnlyBarsRowsAndTeasersBeforeTheArticlesLastParagraph() {
        List<Block> blocks = blocks(
                "Ferry piers to close",
                "Tromsø : the council votes to close two piers",
                "Home · News · Ferries",
                FIRST,
                "What happens next",
                "Also on the site → ferry fares rise in April",
                SECOND,
                "Warning: keep off the piers in a storm",
                LAST);

        boolean[] furniture = EVERYTHING.decide(blocks, roles(Block.Role.TEXT, 9));

        assertThat(furniture).containsExactly(false, false, true, false, false, true, false, false, false);
    }

    @Test
    void judgesNothingOnAPageWithoutAnArticleOfTwoParagraphs() {
        List<Block> blocks = blocks("Ferry piers to close", FIRST, "Ferry fares to rise in April");

        boolean[] furniture = EVERYTHING.decide(blocks, roles(Block.Role.TEXT, 3));

        assertThat(furniture).containsOnly(false);
    }

    @Test
    void keepsATableRightAfterTheLastParagraphAsTextWhateverTheModelSays() {
        List<Block> blocks = blocks(
                FIRST,
                SECOND,
                LAST,
                "1. Jonas Berg, Norway, 4:38:12",
                "2. Emil Dahl, Sweden, +0:18",
                "3. Piet Maes, Belgium, +0:24",
                "Most read",
                "Ferry fares to rise in April");
        Block.Role[] roles = roles(Block.Role.TEXT, 8);
        roles[6] = Block.Role.FURNITURE;

        boolean[] furniture = EVERYTHING.decide(blocks, roles);

        assertThat(furniture).containsExactly(false, false, false, false, false, false, false, true);
    }

    @Test
    void judgesOnlyWhatTheRulesLeftAsText() {
        List<Block> blocks = blocks(
                FIRST,
                SECOND,
                LAST,
                "The north pier at dawn · Photo: Kari Lunde",
                "Ferry timetable · Bus timetable",
                "Ferry fares to rise in April");
        Block.Role[] roles = {
            Block.Role.TEXT, Block.Role.TEXT, Block.Role.TEXT, Block.Role.CAPTION, Block.Role.FURNITURE, Block.Role.TEXT
        };

        EVERYTHING.mark(blocks, roles);

        assertThat(roles)
                .containsExactly(
                        Block.Role.TEXT,
                        Block.Role.TEXT,
                        Block.Role.TEXT,
                        Block.Role.CAPTION,
                        Block.Role.FURNITURE,
                        Block.Role.FURNITURE);
    }

    @Test
    void readsTheModelItWrites(@TempDir Path dir) throws IOException {
        var model = new FurnitureLineModel(Map.of("bias", -1.5, "w:share", 2.25, "prev:TEXT|next:end", 0.5), 0.7);
        Path file = dir.resolve("model.tsv");

        model.write(file, List.of("a test model"));
        FurnitureLineModel read = FurnitureLineModel.load(file);

        var features = Set.of("bias", "w:share", "prev:TEXT|next:end", "w:unknown");
        assertThat(read.probability(features)).isCloseTo(model.probability(features), offset(1e-4));
        assertThat(read.threshold()).isEqualTo(0.7);
    }

    private static List<Block> blocks(String... texts) {
        List<Block> blocks = new ArrayList<>();
        for (String text : texts) {
            blocks.add(Block.text(text));
        }
        return blocks;
    }

    private static Block.Role[] roles(Block.Role role, int n) {
        Block.Role[] roles = new Block.Role[n];
        Arrays.fill(roles, role);
        return roles;
    }
}
