package newsflow.ingest.pipeline;

import java.time.Instant;
import newsflow.contract.RawArticle;
import newsflow.ingest.intake.AllowedSources;
import newsflow.ingest.intake.Refused;
import newsflow.ingest.lifecycle.VersionTable;
import newsflow.ingest.lifecycle.VersionVerdict;

/**
 * Decides what becomes of a raw article: refused, dropped as an exact re-send, or published. It checks the source,
 * ingests the article ({@link ArticleIngestion}) and compares its version with the newest seen
 * ({@link VersionTable}). Free of Kafka: the listener and the HTTP endpoint both use it.
 */
public class RawArticleIntake {

    private final ArticleIngestion ingestion;
    private final AllowedSources sources;
    private final VersionTable versions;

    public RawArticleIntake(ArticleIngestion ingestion, AllowedSources sources, VersionTable versions) {
        this.ingestion = ingestion;
        this.sources = sources;
        this.versions = versions;
    }

    /**
     * Reads and validates a raw article, without cleaning it.
     *
     * @throws Refused when the bytes are not a valid raw article
     */
    public RawArticle read(byte[] rawJson) {
        return ingestion.read(rawJson);
    }

    /**
     * Admits the raw article in these bytes.
     *
     * @throws Refused when it is refused, {@code STALE_VERSION} included
     */
    public Admission admit(byte[] rawJson, Instant receivedAt) {
        return admit(ingestion.read(rawJson), receivedAt);
    }

    /**
     * Admits a raw article as {@link #read(byte[])} returns it.
     *
     * @throws Refused when it is refused, {@code STALE_VERSION} included
     */
    public Admission admit(RawArticle raw, Instant receivedAt) {
        sources.check(raw);
        IngestOutcome outcome = ingestion.ingest(raw, receivedAt);
        VersionVerdict verdict = versions.check(outcome.articleVersion());
        if (verdict.isStale()) {
            throw new Refused(verdict.refusal(), raw.source(), raw.id());
        }
        return new Admission(raw, outcome, verdict.isDuplicate());
    }

    /**
     * An admitted raw article.
     *
     * @param raw       the article as the publisher sent it
     * @param outcome   the clean article or retraction it makes
     * @param duplicate whether it is an exact re-send of the newest version, with nothing new to publish
     */
    public record Admission(RawArticle raw, IngestOutcome outcome, boolean duplicate) {}
}
