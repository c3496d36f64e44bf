package newsflow.dashboard.index;

import java.time.Duration;
import java.util.NavigableMap;
import java.util.TreeMap;
import newsflow.support.metrics.CumulativeHistogram;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks index-service what only it knows: the histogram of end-to-end latency it measures from an article's arrival
 * in the pipeline to its being searchable. Quick timeouts: a slow or absent index makes that panel empty, never the
 * dashboard slow.
 */
final class IndexClient {

    private final RestClient http;

    IndexClient(String indexUrl) {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(3));
        this.http =
                RestClient.builder().baseUrl(indexUrl).requestFactory(requests).build();
    }

    /**
     * The cumulative histogram of end-to-end latency index-service publishes ({@code newsflow.pipeline.latency}):
     * articles per bucket upper bound in seconds; empty when the index does not answer or has indexed nothing yet.
     */
    NavigableMap<Double, Long> latencyBuckets() {
        try {
            String scrape = http.get().uri("/actuator/prometheus").retrieve().body(String.class);
            return CumulativeHistogram.parse(scrape, "newsflow_pipeline_latency_seconds")
                    .buckets();
        } catch (RestClientException | NumberFormatException ex) {
            return new TreeMap<>();
        }
    }
}
