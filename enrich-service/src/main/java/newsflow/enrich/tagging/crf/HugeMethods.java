package newsflow.enrich.tagging.crf;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * Whether this JVM compiles huge methods. HotSpot by default never compiles a method of more than 8,000 bytes of
 * bytecode ({@code -XX:+DontCompileHugeMethods}), and the heart of CoreNLP's CRF feature extraction,
 * {@code NERFeatureFactory.featuresC} (10,370 bytes), is one: it then runs interpreted, and the tagger runs at
 * about 60% of the speed it has when the JVM is started with {@value #FLAG} (docs/benchmarks.md). The README's
 * commands, the jar's usage text, the Docker image and the tagger benchmark pass it; the tagger warns when it finds
 * it missing, and enrich-service publishes it as a metric for the alert rules.
 */
public final class HugeMethods {

    /** The JVM option that lets HotSpot compile CoreNLP's feature extraction. */
    public static final String FLAG = "-XX:-DontCompileHugeMethods";

    private HugeMethods() {}

    /** Whether huge methods are compiled; empty on a JVM that does not say (not HotSpot). */
    public static Optional<Boolean> compiled() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotSpot == null) {
                return Optional.empty();
            }
            return Optional.of(
                    "false".equals(hotSpot.getVMOption("DontCompileHugeMethods").getValue()));
        } catch (IllegalArgumentException | UnsupportedOperationException ex) {
            return Optional.empty();
        }
    }
}
