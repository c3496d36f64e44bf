package newsflow.enrich.tagging.crf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HugeMethodsTests {

    @Test
    void saysWhetherThisJvmWasStartedWithTheOptionThatCompilesHugeMethods() {
        boolean startedWithIt =
                ManagementFactory.getRuntimeMXBean().getInputArguments().contains(HugeMethods.FLAG);

        assertThat(HugeMethods.compiled()).contains(startedWithIt);
    }
}
