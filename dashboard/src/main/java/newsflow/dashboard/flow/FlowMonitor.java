package newsflow.dashboard.flow;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Samples the broker at a fixed pace, keeps the rate window, publishes consumer lag per group and partition as
 * metrics ({@code newsflow.consumer.lag.records} and {@code newsflow.consumer.lag.seconds}), and builds the flow view.
 */
public final class FlowMonitor {

    private static final Logger log = LoggerFactory.getLogger(FlowMonitor.class);

    private final OffsetSampler sampler;
    private final FlowHistory history;
    private final Clock clock;
    private final MultiGauge lagRecords;
    private final MultiGauge lagSeconds;

    FlowMonitor(OffsetSampler sampler, Duration rateWindow, Clock clock, MeterRegistry registry) {
        this.sampler = sampler;
        this.history = new FlowHistory(rateWindow);
        this.clock = clock;
        this.lagRecords = MultiGauge.builder("newsflow.consumer.lag.records")
                .description("Records a stage's consumer group has yet to consume, per partition")
                .register(registry);
        this.lagSeconds = MultiGauge.builder("newsflow.consumer.lag.seconds")
                .description("Age of the oldest record a stage's consumer group has yet to consume, per partition")
                .baseUnit("seconds")
                .register(registry);
    }

    /** Takes one sample; a broker that does not answer is logged and tried again next time. */
    void sample() {
        try {
            OffsetSample sample = sampler.sample(clock.instant());
            history.add(sample);
            publishLag(sample);
        } catch (RuntimeException ex) {
            log.warn("Could not sample the pipeline's offsets: {}", ex.getMessage());
        }
    }

    FlowView view() {
        Optional<OffsetSample> latest = history.latest();
        if (latest.isEmpty()) {
            return new FlowView(null, List.of(), List.of());
        }
        OffsetSample sample = latest.get();
        List<FlowView.TopicView> topics = new ArrayList<>();
        for (Stage stage : Stage.PIPELINE) {
            topics.add(topic(stage.input(), sample));
        }
        topics.add(topic(Stage.PIPELINE.get(0).outputs().get(1), sample));
        List<FlowView.StageView> stages =
                Stage.PIPELINE.stream().map(stage -> stage(stage, sample)).toList();
        return new FlowView(sample.at(), topics, stages);
    }

    private FlowView.TopicView topic(String name, OffsetSample sample) {
        return new FlowView.TopicView(name, sample.endOffset(name), history.ratePerSecond(s -> s.endOffset(name)));
    }

    private FlowView.StageView stage(Stage stage, OffsetSample sample) {
        List<FlowView.PartitionLag> partitions = partitions(stage, sample);
        long records =
                partitions.stream().mapToLong(FlowView.PartitionLag::lagRecords).sum();
        double seconds = partitions.stream()
                .mapToDouble(FlowView.PartitionLag::lagSeconds)
                .max()
                .orElse(0);
        return new FlowView.StageView(
                stage.name(),
                stage.group(),
                stage.input(),
                stage.outputs(),
                history.ratePerSecond(s -> s.committed(stage.group())),
                records,
                seconds,
                stage.deadLetterTopic(),
                sample.endOffset(stage.deadLetterTopic()),
                partitions);
    }

    private List<FlowView.PartitionLag> partitions(Stage stage, OffsetSample sample) {
        Map<TopicPartition, Long> committed = sample.committed().getOrDefault(stage.group(), Map.of());
        Map<TopicPartition, Instant> oldest = sample.oldestUnread().getOrDefault(stage.group(), Map.of());
        return sample.endOffsets().entrySet().stream()
                .filter(entry -> entry.getKey().topic().equals(stage.input()))
                .sorted(Comparator.comparingInt(entry -> entry.getKey().partition()))
                .map(entry -> {
                    TopicPartition partition = entry.getKey();
                    long end = entry.getValue();
                    long done = committed.getOrDefault(partition, 0L);
                    Instant waiting = oldest.get(partition);
                    double age = waiting == null
                            ? 0
                            : Math.max(0, Duration.between(waiting, sample.at()).toMillis()) / 1000.0;
                    return new FlowView.PartitionLag(partition.partition(), done, end, Math.max(0, end - done), age);
                })
                .toList();
    }

    private void publishLag(OffsetSample sample) {
        List<MultiGauge.Row<?>> records = new ArrayList<>();
        List<MultiGauge.Row<?>> seconds = new ArrayList<>();
        for (Stage stage : Stage.PIPELINE) {
            for (FlowView.PartitionLag lag : partitions(stage, sample)) {
                Tags tags = Tags.of(
                        "group", stage.group(), "topic", stage.input(), "partition", Integer.toString(lag.partition()));
                records.add(MultiGauge.Row.of(tags, lag.lagRecords()));
                seconds.add(MultiGauge.Row.of(tags, lag.lagSeconds()));
            }
        }
        lagRecords.register(records, true);
        lagSeconds.register(seconds, true);
    }

    void close() {
        sampler.close();
    }
}
