package newsflow.enrich.retag;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import newsflow.contract.RetagOutcome;
import org.springframework.stereotype.Component;

/** Counts re-tag requests by what became of them: {@code newsflow.enrich.retag{result=changed|unchanged|failed}}. */
@Component
class RetagMetrics {

    private final Map<RetagOutcome.Result, Counter> results = new EnumMap<>(RetagOutcome.Result.class);

    RetagMetrics(MeterRegistry meters) {
        for (RetagOutcome.Result result : RetagOutcome.Result.values()) {
            results.put(
                    result,
                    Counter.builder("newsflow.enrich.retag")
                            .description("Re-tag requests served, by result: changed (published again), unchanged, "
                                    + "failed")
                            .tag("result", result.name().toLowerCase(Locale.ROOT))
                            .register(meters));
        }
    }

    void retagged(RetagOutcome.Result result) {
        results.get(result).increment();
    }
}
