package newsflow.support.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CumulativeHistogramTests {

    private static final String BEFORE = """
            # TYPE newsflow_pipeline_latency_seconds histogram
            newsflow_pipeline_latency_seconds_bucket{application="index-service",le="0.1"} 10
            newsflow_pipeline_latency_seconds_bucket{application="index-service",le="0.2"} 10
            newsflow_pipeline_latency_seconds_bucket{application="index-service",le="0.4"} 10
            newsflow_pipeline_latency_seconds_bucket{application="index-service",le="+Inf"} 10
            newsflow_pipeline_latency_seconds_count{application="index-service"} 10
            newsflow_pipeline_latency_seconds_sum{application="index-service"} 0.5
            """;

    private static final String METRIC = "newsflow_pipeline_latency_seconds";

    private static final String AFTER = """
            newsflow_pipeline_latency_seconds_bucket{application="index-service",le="0.1"} 60
            newsflow_pipeline_latency_seconds_bucket{application="index-service",le="0.2"} 100
            newsflow_pipeline_latency_seconds_bucket{application="index-service",le="0.4"} 110
            newsflow_pipeline_latency_seconds_bucket{application="index-service",le="+Inf"} 110
            newsflow_pipeline_latency_seconds_count{application="index-service"} 110
            newsflow_other_seconds_bucket{le="+Inf"} 7
            """;

    @Test
    void readsTheBucketsOfTheNamedHistogramOnlyAndCountsByItsLastBucket() {
        CumulativeHistogram histogram = CumulativeHistogram.parse(AFTER, METRIC);

        assertThat(histogram.count()).isEqualTo(110);
        assertThat(histogram.buckets()).containsEntry(0.2, 100L).containsEntry(Double.POSITIVE_INFINITY, 110L);
    }

    @Test
    void theDifferenceOfTwoScrapesHoldsOnlyWhatWasRecordedInBetween() {
        CumulativeHistogram between =
                CumulativeHistogram.parse(AFTER, METRIC).since(CumulativeHistogram.parse(BEFORE, METRIC));

        assertThat(between.count()).isEqualTo(100);
        assertThat(between.buckets())
                .containsEntry(0.1, 50L)
                .containsEntry(0.2, 90L)
                .containsEntry(0.4, 100L);
    }

    @Test
    void quantilesInterpolateWithinTheirBucketAsPrometheusDoes() {
        CumulativeHistogram between =
                CumulativeHistogram.parse(AFTER, METRIC).since(CumulativeHistogram.parse(BEFORE, METRIC));

        // 50 of 100 are at most 0.1 s; the 95th lies half way through the 10 between 0.2 s and 0.4 s.
        assertThat(between.quantile(0.50)).isCloseTo(0.1, within(1e-9));
        assertThat(between.quantile(0.95)).isCloseTo(0.3, within(1e-9));
        assertThat(between.quantile(0.70)).isCloseTo(0.15, within(1e-9));
    }

    @Test
    void nothingRecordedHasNoQuantile() {
        assertThat(CumulativeHistogram.parse("", METRIC).quantile(0.99)).isNaN();
        assertThat(CumulativeHistogram.parse(BEFORE, METRIC)
                        .since(CumulativeHistogram.parse(BEFORE, METRIC))
                        .quantile(0.5))
                .isNaN();
    }
}
