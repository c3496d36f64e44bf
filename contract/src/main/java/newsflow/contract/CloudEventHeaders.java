package newsflow.contract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The CloudEvents 1.0 attributes of newsflow's events, in the Kafka protocol binding's binary mode: each attribute a
 * {@code ce_} header (UTF-8 text), the value the event's JSON as before, its media type in {@code content-type}. A
 * generic consumer can route on {@code ce_type} and {@code ce_subject} (the article id) without reading the value;
 * readers that know nothing of CloudEvents read the value as they always did.
 *
 * <p>{@code ce_id} is the same whenever the same event is sent again: {@code <articleId>:<version>} for an ingested
 * article, with {@code :<enrichedAt in epoch ms>} for an enriched one and {@code :retracted} for a retraction, and the
 * refused record's {@code <topic>-<partition>-<offset>} for a refusal.
 */
public final class CloudEventHeaders {

    public static final String SPECVERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    /** The {@code ce_source} of the events ingest-service writes. */
    public static final String INGEST_SERVICE = "/newsflow/ingest-service";

    /** The {@code ce_source} of the events enrich-service writes. */
    public static final String ENRICH_SERVICE = "/newsflow/enrich-service";

    public static final String ARTICLE_INGESTED = "newsflow.article.ingested";
    public static final String ARTICLE_ENRICHED = "newsflow.article.enriched";
    public static final String ARTICLE_RETRACTED = "newsflow.article.retracted";
    public static final String ARTICLE_REJECTED = "newsflow.article.rejected";

    private CloudEventHeaders() {}

    public static Map<String, byte[]> ingested(ArticleIngested article) {
        return headers(
                article.articleId() + ":" + article.version(),
                INGEST_SERVICE,
                ARTICLE_INGESTED,
                article.ingestedAt(),
                article.articleId(),
                true);
    }

    public static Map<String, byte[]> enriched(ArticleEnriched article) {
        return headers(
                article.articleId() + ":" + article.version() + ":"
                        + article.enrichedAt().toEpochMilli(),
                ENRICH_SERVICE,
                ARTICLE_ENRICHED,
                article.enrichedAt(),
                article.articleId(),
                true);
    }

    /**
     * A retraction's headers: its {@link RetractionHeaders} and its attributes; a tombstone has no value, so no
     * {@code content-type}.
     *
     * @param source {@link #INGEST_SERVICE} or {@link #ENRICH_SERVICE}, whichever writes it
     * @param time   when it is written
     */
    public static Map<String, byte[]> retracted(ArticleRetracted retraction, String source, Instant time) {
        Map<String, byte[]> headers = new LinkedHashMap<>(RetractionHeaders.toHeaders(retraction));
        headers.putAll(headers(
                retraction.articleId() + ":" + retraction.version() + ":retracted",
                source,
                ARTICLE_RETRACTED,
                time,
                retraction.articleId(),
                false));
        return headers;
    }

    public static Map<String, byte[]> rejected(ArticleRejected rejection) {
        SourceRecord origin = rejection.origin();
        String id = origin == null
                ? UUID.randomUUID().toString()
                : origin.topic() + "-" + origin.partition() + "-" + origin.offset();
        return headers(id, INGEST_SERVICE, ARTICLE_REJECTED, rejection.rejectedAt(), null, true);
    }

    /** The header's text, or null when the record has no such header. */
    public static String text(Map<String, byte[]> headers, String name) {
        byte[] value = headers.get(name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> headers(
            String id, String source, String type, Instant time, String subject, boolean json) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put(SPECVERSION, utf8(SPEC_VERSION));
        headers.put(ID, utf8(id));
        headers.put(SOURCE, utf8(source));
        headers.put(TYPE, utf8(type));
        if (time != null) {
            headers.put(TIME, utf8(time.toString()));
        }
        if (subject != null) {
            headers.put(SUBJECT, utf8(subject));
        }
        if (json) {
            headers.put(CONTENT_TYPE, utf8(JSON));
        }
        return headers;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
