package newsflow.ingest.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import newsflow.contract.Action;
import newsflow.contract.ArticleIds;
import newsflow.contract.ArticleIngested;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.RawArticle;
import newsflow.contract.ReasonCode;
import newsflow.contract.Refusal;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.ArticleCleaner;
import newsflow.ingest.cleaning.CleanArticle;
import newsflow.ingest.intake.RawArticleReader;
import newsflow.ingest.intake.Refused;

/**
 * Ingests one raw article: reads and validates it, cleans it into zones, and gives it its stable
 * {@code articleId} and {@code version}. Free of Kafka and HTTP: both the listener and the endpoint call it.
 */
public class ArticleIngestion {

    static final String RETRACTED_BY_PUBLISHER = "retracted by publisher";

    private final RawArticleReader reader;
    private final ArticleCleaner cleaner;

    public ArticleIngestion(RawArticleReader reader, ArticleCleaner cleaner) {
        this.reader = reader;
        this.cleaner = cleaner;
    }

    /**
     * Ingests the raw article in these bytes.
     *
     * @param receivedAt when the pipeline received it; the version of an article with neither revision nor
     *                   publication time
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

    public IngestOutcome ingest(RawArticle raw, Instant receivedAt) {
        String articleId = ArticleIds.derive(raw.source(), raw.id());
        long version = version(raw, receivedAt);
        if (raw.actionOrDefault() == Action.RETRACT) {
            return new IngestOutcome.Retracted(
                    new ArticleRetracted(articleId, version, raw.source(), RETRACTED_BY_PUBLISHER));
        }
        CleanArticle clean = cleaner.clean(raw);
        if (!clean.hasArticleText()) {
            throw new Refused(Refusal.of(ReasonCode.EMPTY_AFTER_CLEANING,
                    "no article text is left once page furniture is removed"), raw.source(), raw.id());
        }
        return new IngestOutcome.Accepted(new ArticleIngested(articleId, version, raw.source(), raw.id(), raw.url(),
                null, clean.text(ZoneName.HEADLINE), raw.publishedAt(), raw.language(), contentHash(clean), null,
                clean.zones(), receivedAt));
    }

    /** The publisher's revision; else the publication time; else the time the pipeline received it, in epoch ms. */
    static long version(RawArticle raw, Instant receivedAt) {
        if (raw.revision() != null) {
            return raw.revision();
        }
        return (raw.publishedAt() != null ? raw.publishedAt() : receivedAt).toEpochMilli();
    }

    /** SHA-256 of the article's cleaned text, boilerplate left out, so a change of page furniture is no new content. */
    static String contentHash(CleanArticle clean) {
        MessageDigest digest = sha256();
        for (Zone zone : clean.zones()) {
            if (zone.name() != ZoneName.BOILERPLATE) {
                digest.update((zone.name() + "\n" + zone.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }
}
