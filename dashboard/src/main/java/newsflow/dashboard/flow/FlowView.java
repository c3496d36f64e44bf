package newsflow.dashboard.flow;

import java.time.Instant;
import java.util.List;

/**
 * The pipeline as a flow, for the dashboard: each topic with its records and rate, each stage with what it consumes
 * per second, its lag in records and seconds (per partition too), and its dead letters.
 */
record FlowView(Instant sampledAt, List<TopicView> topics, List<StageView> stages) {

    record TopicView(String name, long records, double ratePerSecond) {}

    record StageView(
            String name,
            String group,
            String input,
            List<String> outputs,
            double consumedPerSecond,
            long lagRecords,
            double lagSeconds,
            String deadLetterTopic,
            long deadLetters,
            List<PartitionLag> partitions) {}

    record PartitionLag(int partition, long committed, long end, long lagRecords, double lagSeconds) {}
}
