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
 * @param url             where the article is published
 * @param title           the headline
 * @param publishedAt     when the article was first published, if the publisher said
 * @param language        ISO 639-1 code, if known
 * @param contentHash     SHA-256 of the cleaned zone texts, hex
 * @param zones           the cleaned text, zone by zone
 * @param ingestedAt      when ingest-service accepted it
 */
public record ArticleIngested(
        String articleId,
        long version,
        String source,
        String sourceArticleId,
        String url,
        String title,
        Instant publishedAt,
        String language,
        String contentHash,
        List<Zone> zones,
        Instant ingestedAt) {

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
