package newsflow.dashboard.flow;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/flow}: the pipeline's topics and stages with rates and lag, for the dashboard. */
@RestController
class FlowController {

    private final FlowMonitor monitor;

    FlowController(FlowMonitor monitor) {
        this.monitor = monitor;
    }

    @GetMapping("/api/flow")
    FlowView flow() {
        return monitor.view();
    }
}
