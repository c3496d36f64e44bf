package newsflow.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import newsflow.contract.Topics;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.utils.Time;
import org.junit.jupiter.api.Test;

class NewArticlesTests {

    @Test
    void addsTheLagOfEveryPartitionOfIngestedArticlesAndNothingElse() {
        Map<MetricName, Metric> first = new LinkedHashMap<>();
        put(first, "records-lag", Topics.INGESTED, "0", 3.0);
        put(first, "records-lag", Topics.INGESTED, "1", Double.NaN);
        put(first, "records-lag", Topics.RETAG, "0", 50.0);
        put(first, "records-lag-max", Topics.INGESTED, "0", 90.0);
        Map<MetricName, Metric> second = new LinkedHashMap<>();
        put(second, "records-lag", Topics.INGESTED, "2", 4.0);

        assertThat(NewArticles.lagOf(Map.of("consumer-0", first, "consumer-1", second)))
                .isEqualTo(7.0);
        assertThat(NewArticles.lagOf(Map.of())).isZero();
    }

    private static void put(
            Map<MetricName, Metric> metrics, String name, String topic, String partition, double value) {
        MetricName metricName = new MetricName(
                name, "consumer-fetch-manager-metrics", "", Map.of("topic", topic, "partition", partition));
        metrics.put(
                metricName,
                new KafkaMetric(
                        new Object(),
                        metricName,
                        (Gauge<Double>) (config, now) -> value,
                        new MetricConfig(),
                        Time.SYSTEM));
    }
}
