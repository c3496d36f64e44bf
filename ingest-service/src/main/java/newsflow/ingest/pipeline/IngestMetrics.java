package newsflow.ingest.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.regex.Pattern;
import newsflow.contract.ReasonCode;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.ingest.intake.AllowedSources;

/**
 * The counters of ingest-service, per publisher: articles accepted ({@code newsflow.ingest.accepted}, by source
 * and action) with the share of their text cut as boilerplate ({@code newsflow.ingest.boilerplate.ratio}), exact
 * re-sends dropped ({@code newsflow.ingest.duplicates}, by source), and articles refused
 * ({@code newsflow.ingest.rejected}, by reason, source and channel: {@code kafka} or {@code http}). A source that
 * is no valid source id, or not among the allowed sources, is counted as {@value #UNKNOWN_SOURCE}, so a hostile
 * record cannot invent tags.
 */
public class IngestMetrics {

    static final String UNKNOWN_SOURCE = "unknown";
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final MeterRegistry meters;
    private final AllowedSources sources;

    public IngestMetrics(MeterRegistry meters, AllowedSources sources) {
        this.meters = meters;
        this.sources = sources;
    }

    void accepted(IngestOutcome outcome) {
        String action = outcome instanceof IngestOutcome.Retracted ? "RETRACT" : "PUBLISH";
        Counter.builder("newsflow.ingest.accepted")
                .description("Articles and retractions ingest published on articles.ingested")
                .tag("source", sourceTag(outcome.source()))
                .tag("action", action)
                .register(meters)
                .increment();
        if (outcome instanceof IngestOutcome.Accepted accepted) {
            DistributionSummary.builder("newsflow.ingest.boilerplate.ratio")
                    .description("Share of an accepted article's text that cleaning moved to BOILERPLATE")
                    .register(meters)
                    .record(boilerplateShare(accepted.article().zones()));
        }
    }

    static double boilerplateShare(List<Zone> zones) {
        long total = zones.stream().mapToLong(zone -> zone.text().length()).sum();
        long boilerplate = zones.stream()
                .filter(zone -> zone.name() == ZoneName.BOILERPLATE)
                .mapToLong(zone -> zone.text().length())
                .sum();
        return total == 0 ? 0 : boilerplate / (double) total;
    }

    void duplicate(String source) {
        Counter.builder("newsflow.ingest.duplicates")
                .description("Exact re-sends (same article, version and content) dropped, not published again")
                .tag("source", sourceTag(source))
                .register(meters)
                .increment();
    }

    /** Counts a refusal; {@code channel} is where the article came from, {@code kafka} or {@code http}. */
    public void rejected(ReasonCode reason, String source, String channel) {
        Counter.builder("newsflow.ingest.rejected")
                .description("Raw articles refused, by reason code")
                .tag("reason", reason.name())
                .tag("source", sourceTag(source))
                .tag("channel", channel)
                .register(meters)
                .increment();
    }

    private String sourceTag(String source) {
        return source != null && SOURCE.matcher(source).matches() && sources.allows(source) ? source : UNKNOWN_SOURCE;
    }
}
