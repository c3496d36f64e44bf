package newsflow.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import newsflow.enrich.tagging.crf.HugeMethods;
import org.junit.jupiter.api.Test;

class EnrichMetricsTests {

    @Test
    void publishesWhetherThisJvmCompilesHugeMethodsAsTheTaggerWarns() {
        var meters = new SimpleMeterRegistry();
        boolean startedWithIt =
                ManagementFactory.getRuntimeMXBean().getInputArguments().contains(HugeMethods.FLAG);

        new EnrichMetrics(meters);

        assertThat(meters.get("newsflow.enrich.huge.methods.compiled").gauge().value())
                .isEqualTo(startedWithIt ? 1.0 : 0.0);
    }
}
