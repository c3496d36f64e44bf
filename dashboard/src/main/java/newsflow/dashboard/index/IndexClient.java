package newsflow.dashboard.index;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * Asks index-service what only it knows: the top entities of a time window, and the end-to-end latency it measures
 * from an article's arrival in the pipeline to its being searchable. Quick timeouts: a slow or absent index makes
 * those panels empty, never the dashboard slow.
 */
final class IndexClient {

    static final String LATENCY_METRIC = "newsflow.pipeline.latency.percentile";
    private static final List<String> PERCENTILES = List.of("0.5", "0.95", "0.99");

    private final RestClient http;

    IndexClient(String indexUrl) {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(3));
        this.http = RestClient.builder().baseUrl(indexUrl).requestFactory(requests).build();
    }

    /** The index's top entities since {@code from}, as it answers them, or empty when it cannot say. */
    Optional<JsonNode> topEntities(Instant from, int limit) {
        try {
            return Optional.ofNullable(http.get()
                    .uri(uri -> uri.path("/api/entities/top").queryParam("from", from.toString())
                            .queryParam("limit", limit).build())
                    .retrieve().body(JsonNode.class));
        }
        catch (RestClientException ex) {
            return Optional.empty();
        }
    }

    /** End-to-end latency percentiles in seconds (keys 0.5, 0.95, 0.99), as far as the index publishes them. */
    Map<String, Double> latencyPercentiles() {
        Map<String, Double> percentiles = new LinkedHashMap<>();
        for (String phi : PERCENTILES) {
            try {
                JsonNode metric = http.get()
                        .uri(uri -> uri.path("/actuator/metrics/" + LATENCY_METRIC).queryParam("tag", "phi:" + phi)
                                .build())
                        .retrieve().body(JsonNode.class);
                if (metric != null && metric.path("measurements").size() > 0) {
                    percentiles.put(phi, metric.path("measurements").get(0).path("value").asDouble());
                }
            }
            catch (RestClientException ex) {
                return percentiles;
            }
        }
        return percentiles;
    }
}
