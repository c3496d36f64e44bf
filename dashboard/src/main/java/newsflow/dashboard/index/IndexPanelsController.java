package newsflow.dashboard.index;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import newsflow.dashboard.DashboardProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The dashboard's panels fed by index-service: top entities of the last hour, end-to-end latency. */
@RestController
class IndexPanelsController {

    private final IndexClient index;
    private final Clock clock = Clock.systemUTC();

    IndexPanelsController(DashboardProperties properties) {
        this.index = new IndexClient(properties.indexUrl());
    }

    @GetMapping("/api/top-entities")
    ResponseEntity<JsonNode> topEntities() {
        return index.topEntities(clock.instant().minus(Duration.ofHours(1)), 10)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/api/latency")
    Map<String, Double> latency() {
        return index.latencyPercentiles();
    }
}
