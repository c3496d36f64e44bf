package newsflow.ingest.intake;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import newsflow.contract.RawArticle;
import newsflow.contract.ReasonCode;
import newsflow.contract.Refusal;

/**
 * The sources that may publish raw articles. Kafka's ACLs say who may write to {@code articles.raw}, not which
 * source a record may claim; this list does. An empty list lets any source publish, as on a single-tenant broker.
 */
public final class AllowedSources {

    private final Set<String> sources;

    private AllowedSources(Set<String> sources) {
        this.sources = sources;
    }

    /**
     * The configured sources and the HTTP publishers' sources; any source when no source is configured.
     *
     * @param configured       {@code newsflow.ingest.sources}
     * @param publisherSources the sources of the HTTP publishers, whose articles also arrive on {@code articles.raw}
     */
    public static AllowedSources of(Collection<String> configured, Collection<String> publisherSources) {
        if (configured.isEmpty()) {
            return new AllowedSources(Set.of());
        }
        var sources = new TreeSet<>(configured);
        sources.addAll(publisherSources);
        return new AllowedSources(Set.copyOf(sources));
    }

    /** Whether a source may publish; false for a source that is no valid source id. */
    public boolean allows(String source) {
        return source != null && (sources.isEmpty() || sources.contains(source));
    }

    /**
     * Refuses an article of a source that may not publish.
     *
     * @throws Refused with {@link ReasonCode#UNAUTHORIZED_SOURCE}
     */
    public void check(RawArticle raw) {
        if (!allows(raw.source())) {
            throw new Refused(
                    Refusal.ofField(
                            ReasonCode.UNAUTHORIZED_SOURCE,
                            "source",
                            "source '" + raw.source()
                                    + "' may not publish here; the operators list the sources that may in newsflow.ingest.sources"),
                    raw.source(),
                    raw.id());
        }
    }
}
