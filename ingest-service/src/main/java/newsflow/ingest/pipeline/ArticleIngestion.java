package newsflow.ingest.pipeline;

import java.time.Instant;
import newsflow.contract.Action;
import newsflow.contract.ArticleIds;
import newsflow.contract.ArticleIngested;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.RawArticle;
import newsflow.contract.ReasonCode;
import newsflow.contract.Refusal;
import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.ArticleCleaner;
import newsflow.ingest.cleaning.CleanArticle;
import newsflow.ingest.identity.CanonicalUrls;
import newsflow.ingest.identity.ContentHashes;
import newsflow.ingest.identity.Fingerprints;
import newsflow.ingest.identity.Versions;
import newsflow.ingest.intake.RawArticleReader;
import newsflow.ingest.intake.Refused;
import newsflow.ingest.language.LanguageDetection;

/**
 * Ingests one raw article: reads and validates it, cleans it into zones, detects its language when the publisher
 * named none, and gives it its stable {@code articleId}, {@code version}, canonical URL, content hash and
 * near-duplicate fingerprint. Free of Kafka, HTTP and state, so the listener, the endpoint and offline tools can
 * all call it: whether a version was seen before is {@link newsflow.ingest.lifecycle.VersionTable}'s business.
 * Thread-safe.
 */
public class ArticleIngestion {

    static final String RETRACTED_BY_PUBLISHER = "retracted by publisher";

    private final RawArticleReader reader;
    private final ArticleCleaner cleaner;
    private final LanguageDetection languages;

    /** Ingestion that detects the {@link LanguageDetection#DEFAULT_LANGUAGES}. */
    public ArticleIngestion(RawArticleReader reader, ArticleCleaner cleaner) {
        this(reader, cleaner, LanguageDetection.defaults());
    }

    public ArticleIngestion(RawArticleReader reader, ArticleCleaner cleaner, LanguageDetection languages) {
        this.reader = reader;
        this.cleaner = cleaner;
        this.languages = languages;
    }

    /** Ingestion as the service runs it, with bodies of at most {@code maxBodyBytes} UTF-8 bytes; no Spring needed. */
    public static ArticleIngestion withDefaults(long maxBodyBytes) {
        return new ArticleIngestion(
                new RawArticleReader(maxBodyBytes), new ArticleCleaner(), LanguageDetection.defaults());
    }

    /**
     * Ingests the raw article in these bytes.
     *
     * @param receivedAt when the pipeline received it; the version of an article with no revision or time
     * @throws Refused when the article is refused
     */
    public IngestOutcome ingest(byte[] rawJson, Instant receivedAt) {
        return ingest(reader.read(rawJson), receivedAt);
    }

    /**
     * Reads and validates the raw article in these bytes, without cleaning it.
     *
     * @throws Refused when the bytes are not a valid raw article
     */
    public RawArticle read(byte[] rawJson) {
        return reader.read(rawJson);
    }

    /**
     * Ingests a raw article as {@link #read(byte[])} returns it.
     *
     * @throws Refused when nothing of the article is left after cleaning
     */
    public IngestOutcome ingest(RawArticle raw, Instant receivedAt) {
        String sourceArticleId = sourceArticleId(raw);
        String articleId = ArticleIds.derive(raw.source(), sourceArticleId);
        long version = Versions.of(raw, receivedAt);
        if (raw.actionOrDefault() == Action.RETRACT) {
            return new IngestOutcome.Retracted(
                    new ArticleRetracted(articleId, version, raw.source(), RETRACTED_BY_PUBLISHER));
        }
        CleanArticle clean = cleaner.clean(raw);
        if (!clean.hasArticleText()) {
            throw new Refused(
                    Refusal.of(
                            ReasonCode.EMPTY_AFTER_CLEANING, "no article text is left once page furniture is removed"),
                    raw.source(),
                    raw.id());
        }
        String language = raw.language() != null ? raw.language() : languages.languageOf(clean);
        return new IngestOutcome.Accepted(new ArticleIngested(
                articleId,
                version,
                raw.source(),
                sourceArticleId,
                raw.url(),
                canonicalUrl(raw),
                clean.text(ZoneName.HEADLINE),
                raw.publishedAt(),
                language,
                ContentHashes.of(clean),
                Fingerprints.of(clean),
                clean.zones(),
                receivedAt));
    }

    /**
     * The id the publisher knows the article by: its own {@code id}, else its canonical URL. With the source it
     * makes the {@code articleId}, and over HTTP the key of the record on {@code articles.raw}.
     *
     * @throws Refused when the article has neither
     */
    public static String sourceArticleId(RawArticle raw) {
        if (raw.id() != null) {
            return raw.id();
        }
        if (raw.url() == null) {
            throw new Refused(
                    Refusal.ofField(ReasonCode.MISSING_FIELD, "id", "id is required, or a url to know the article by"),
                    raw.source(),
                    null);
        }
        return canonicalUrl(raw);
    }

    private static String canonicalUrl(RawArticle raw) {
        if (raw.url() == null) {
            return null;
        }
        try {
            return CanonicalUrls.canonical(raw.url());
        } catch (IllegalArgumentException ex) {
            throw new Refused(
                    Refusal.ofField(ReasonCode.INVALID_FIELD, "url", "url must be an absolute http or " + "https URL"),
                    raw.source(),
                    raw.id());
        }
    }
}
