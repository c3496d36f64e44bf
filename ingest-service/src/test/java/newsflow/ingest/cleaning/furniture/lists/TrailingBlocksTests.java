package newsflow.ingest.cleaning.furniture.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.ingest.cleaning.furniture.Block;
import newsflow.ingest.cleaning.furniture.BlockRoles;
import org.junit.jupiter.api.Test;

class TrailingBlocksTests {

    private static final String FIRST = "The port authority in Gdynia said on Monday that container traffic rose by "
            + "a fifth last year, the fastest growth of any port on the Baltic.";
    private static final String SECOND = "Most of the new traffic came from feeder ships that carry containers from "
            + "Rotterdam and Hamburg to smaller ports in Poland and the Baltic states.";
    private static final String SHARE_BAR = "Share on X · Facebook · Email";

    @Test
    void takesTheSitesOwnLinesAfterTheArticleAndItsFurniture() {
        List<Block> blocks = List.of(
                Block.text(FIRST),
                Block.text(SECOND),
                Block.text(SHARE_BAR),
                Block.text("Baltic Freight is a publication of Harbour Media Ltd, Gdynia."),
                Block.text("Port statistics this month are sponsored by Nordic Cranes of Malmö."),
                Block.text("From the Baltic Freight archive: how Gdańsk won the Maersk calls"));

        assertThat(BlockRoles.classify(blocks))
                .containsExactly(
                        Block.Role.TEXT,
                        Block.Role.TEXT,
                        Block.Role.FURNITURE,
                        Block.Role.FURNITURE,
                        Block.Role.FURNITURE,
                        Block.Role.FURNITURE);
    }

    @Test
    void keepsTheArticlesLastLinesWhenNoFurnitureCameBeforeThemOrTheyReport() {
        List<Block> blocks = List.of(
                Block.text(FIRST),
                Block.text(SECOND),
                Block.text("The archive of shipping records is owned by the city of Gdynia."),
                Block.text(SHARE_BAR),
                Block.text("The new terminal, owned by the city, opens in May, the authority said."),
                Block.text("Subscribers in Gdańsk lost access to the service for two days."));

        assertThat(BlockRoles.classify(blocks))
                .containsExactly(
                        Block.Role.TEXT,
                        Block.Role.TEXT,
                        Block.Role.TEXT,
                        Block.Role.FURNITURE,
                        Block.Role.TEXT,
                        Block.Role.TEXT);
    }
}
