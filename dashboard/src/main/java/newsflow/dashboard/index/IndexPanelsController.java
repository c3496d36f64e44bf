package newsflow.dashboard.index;

import java.time.Clock;
import java.util.Map;
import newsflow.dashboard.DashboardProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/latency}: end-to-end latency percentiles over the last five minutes, from the histogram
 * index-service publishes, sampled at each request (the page asks every two seconds).
 */
@RestController
class IndexPanelsController {

    private final IndexClient index;
    private final LatencyWindow window = new LatencyWindow(java.time.Duration.ofMinutes(5));
    private final Clock clock = Clock.systemUTC();

    IndexPanelsController(DashboardProperties properties) {
        this.index = new IndexClient(properties.indexUrl());
    }

    @GetMapping("/api/latency")
    Map<String, Double> latency() {
        var buckets = index.latencyBuckets();
        if (!buckets.isEmpty()) {
            window.add(clock.instant(), buckets);
        }
        return window.percentiles();
    }
}
