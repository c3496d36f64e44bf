package newsflow.enrich.retag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetagThrottleTests {

    @Test
    void closesAtOnceWhenNewArticlesWaitAndOpensOnlyAfterSeveralQuietChecks() {
        var gate = new RetagThrottle.Gate();
        List<Boolean> open = new ArrayList<>();

        for (boolean waiting : new boolean[] {false, false, false, true, false, false, true, false, false, false}) {
            open.add(gate.open(waiting));
        }

        assertThat(open).containsExactly(false, false, true, false, false, false, false, false, false, true);
    }
}
