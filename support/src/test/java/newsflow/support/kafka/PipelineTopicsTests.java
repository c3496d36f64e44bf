package newsflow.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.contract.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class PipelineTopicsTests {

    private static final PipelineKafkaProperties.Topics SHAPE = new PipelineKafkaProperties.Topics(6, 3, 2, 8_388_608);

    @Test
    void sharesEveryPipelineTopicAndTheDeadLetterTopicOfEachConsumedOne() {
        assertThat(PipelineTopics.shared(SHAPE))
                .extracting(NewTopic::name)
                .containsExactly(
                        Topics.RAW,
                        Topics.REJECTED,
                        Topics.INGESTED,
                        Topics.ENRICHED,
                        Topics.RETAG,
                        Topics.RETAG_OUTCOMES,
                        "articles.raw.dlt",
                        "articles.ingested.dlt",
                        "articles.enriched.dlt",
                        "articles.retag.dlt");
    }

    @Test
    void shapesEveryTopicWithTheConfiguredPartitionsReplicasAndMinInsyncReplicas() {
        List<NewTopic> all = PipelineTopics.all(SHAPE);

        assertThat(all).extracting(NewTopic::name).doesNotHaveDuplicates().contains(Topics.ARTICLE_VERSIONS);
        assertThat(all).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(6);
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
            assertThat(topic.configs()).containsEntry("min.insync.replicas", "2");
        });
    }

    @Test
    void compactsArticleVersionsAndIngestedArticlesAndLetsTheSharedTopicsTakeTheLargestRecord() {
        assertThat(PipelineTopics.articleVersions(SHAPE).configs()).containsEntry("cleanup.policy", "compact");
        NewTopic ingested = PipelineTopics.shared(SHAPE).stream()
                .filter(topic -> topic.name().equals(Topics.INGESTED))
                .findFirst()
                .orElseThrow();
        assertThat(ingested.configs())
                .containsEntry("cleanup.policy", "compact")
                .containsEntry("min.compaction.lag.ms", "604800000")
                .containsEntry("max.message.bytes", "8388608");
        assertThat(PipelineTopics.shared(SHAPE).stream()
                        .filter(topic -> !topic.name().equals(Topics.INGESTED))
                        .map(topic -> topic.configs().get("cleanup.policy")))
                .containsOnlyNulls();
        assertThat(PipelineTopics.shared(SHAPE))
                .allSatisfy(topic -> assertThat(topic.configs()).containsEntry("max.message.bytes", "8388608"));
    }
}
