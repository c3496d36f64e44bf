package newsflow.contract;

import java.time.Instant;
import java.util.List;

/**
 * A clean, versioned article: the value on {@link Topics#INGESTED}, keyed by {@code articleId}.
 *
 * @param articleId       stable id derived from the publisher and its own id, see {@link ArticleIds}
 * @param version         grows with each update: the publisher's revision, else the publication time in epoch millis
 * @param source          the publisher's id
 * @param sourceArticleId the publisher's own id of the article
 * @param url             where the article is published, as the publisher sent it
 * @param canonicalUrl    the URL with a lower-case host and without fragment or tracking parameters, if known
 * @param title           the headline
 * @param publishedAt     when the article was first published, if the publisher said
 * @param language        ISO 639-1 code, if known
 * @param contentHash     SHA-256 of the cleaned zone texts but boilerplate, hex
 * @param fingerprint     near-duplicate fingerprint of the cleaned text (64-bit SimHash, 16 hex digits), if known
 * @param zones           the cleaned text, zone by zone
 * @param ingestedAt      when ingest-service accepted it
 */
public record ArticleIngested(
        String articleId,
        long version,
        String source,
        String sourceArticleId,
        String url,
        String canonicalUrl,
        String title,
        Instant publishedAt,
        String language,
        String contentHash,
        String fingerprint,
        List<Zone> zones,
        Instant ingestedAt) {

    /**
     * The highest version an article can have: 42 bits, so that a store can order an article's version, its
     * {@link ArticleEnriched#enrichmentRevision() enrichment revision} and a retraction in one long. As epoch
     * milliseconds it is 2109-05-15; ingest refuses a revision above it, or a time after it that would be the version.
     */
    public static final long MAX_VERSION = (1L << 42) - 1;

    public ArticleIngested {
        Required.text(articleId, "articleId");
        Required.text(source, "source");
        Required.text(sourceArticleId, "sourceArticleId");
        Required.value(title, "title");
        Required.text(contentHash, "contentHash");
        Required.value(ingestedAt, "ingestedAt");
        zones = List.copyOf(Required.value(zones, "zones"));
    }
}
