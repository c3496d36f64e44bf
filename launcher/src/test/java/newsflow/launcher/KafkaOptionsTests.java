package newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import newsflow.launcher.kafka.LocalKafka;
import org.junit.jupiter.api.Test;

class KafkaOptionsTests {

    private static final String VOTERS = "1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093";
    private static final String CLUSTER_ID = "4L6g3nShT-eMCtK--X86sw";

    @Test
    void withoutAQuorumRunsTheLocalSingleNodeWithItsControllerOnTheNextPort() {
        LocalKafka.Settings settings = KafkaOptions.parse(new String[] {"--data-dir", "d", "--kafka-port", "19092"})
                .settings();

        assertThat(settings.dataDirectory()).isEqualTo(Path.of("d", "kafka"));
        assertThat(settings.bootstrapServers()).isEqualTo("localhost:19092");
        assertThat(settings.controllerPort()).isEqualTo(19093);
        assertThat(settings.quorum().isCluster()).isFalse();
        assertThat(settings.quorum().votersConfig()).isEqualTo("1@localhost:19093");
        assertThat(settings.quorum().minInsyncReplicas()).isOne();
    }

    @Test
    void withAQuorumRunsOneNodeOfAClusterWithItsControllerWhereItsEntrySays() {
        LocalKafka.Settings settings = KafkaOptions.parse(new String[] {
                    "--node-id", "2", "--controller-quorum", VOTERS, "--cluster-id", CLUSTER_ID, "--host", "kafka-2"
                })
                .settings();

        assertThat(settings.bootstrapServers()).isEqualTo("kafka-2:9092");
        assertThat(settings.controllerPort()).isEqualTo(9093);
        assertThat(settings.quorum().self().host()).isEqualTo("kafka-2");
        assertThat(settings.quorum().votersConfig()).isEqualTo(VOTERS);
        assertThat(settings.quorum().clusterId()).contains(CLUSTER_ID);
        assertThat(settings.quorum().replicationFactor()).isEqualTo(3);
        assertThat(settings.quorum().minInsyncReplicas()).isEqualTo(2);
    }

    @Test
    void aClusterWithoutItsIdIsRefusedWithAnIdToUse() {
        assertThatThrownBy(() -> KafkaOptions.parse(new String[] {"--node-id", "1", "--controller-quorum", VOTERS}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a cluster of 3 nodes needs --cluster-id, the same on every node");
    }

    @Test
    void aNodeOutsideItsQuorumIsRefused() {
        assertThatThrownBy(() -> KafkaOptions.parse(
                        new String[] {"--node-id", "4", "--controller-quorum", VOTERS, "--cluster-id", CLUSTER_ID}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("node 4 is not in the controller quorum " + VOTERS);
    }

    @Test
    void aQuorumWithoutANodeIdIsRefused() {
        assertThatThrownBy(() -> KafkaOptions.parse(new String[] {"--controller-quorum", VOTERS}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs --node-id");
    }

    @Test
    void aMalformedQuorumEntryIsNamed() {
        assertThatThrownBy(() -> KafkaOptions.parse(new String[] {
                    "--node-id", "1", "--controller-quorum", "1@kafka-1:9093,kafka-2:9093", "--cluster-id", CLUSTER_ID
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a controller quorum entry is id@host:port (1@kafka-1:9093), not 'kafka-2:9093'");
    }

    @Test
    void aNodeTwiceInTheQuorumIsRefused() {
        assertThatThrownBy(() -> KafkaOptions.parse(new String[] {
                    "--node-id", "1", "--controller-quorum", "1@a:9093,1@b:9093", "--cluster-id", CLUSTER_ID
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("node 1 is in the controller quorum twice");
    }

    @Test
    void aNodeIdWithoutAQuorumIsRefused() {
        assertThatThrownBy(() -> KafkaOptions.parse(new String[] {"--node-id", "1"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--node-id and --cluster-id go with --controller-quorum");
    }
}
