package newsflow.contract;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The record headers that carry an {@link ArticleRetracted} on a tombstone. Header values are UTF-8 text. */
public final class RetractionHeaders {

    /** Names the event a tombstone stands for; its value is {@value #RETRACTED}. */
    public static final String EVENT = "newsflow-event";

    public static final String RETRACTED = "ArticleRetracted";
    public static final String VERSION = "newsflow-version";
    public static final String SOURCE = "newsflow-source";
    public static final String REASON = "newsflow-reason";

    private RetractionHeaders() {}

    /** The headers for a retraction, in a stable order. */
    public static Map<String, byte[]> toHeaders(ArticleRetracted retraction) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put(EVENT, utf8(RETRACTED));
        headers.put(VERSION, utf8(Long.toString(retraction.version())));
        headers.put(SOURCE, utf8(retraction.source()));
        headers.put(REASON, utf8(retraction.reason()));
        return headers;
    }

    /** The retraction a tombstone's headers describe, or empty when they do not describe one. */
    public static Optional<ArticleRetracted> fromHeaders(String articleId, Map<String, byte[]> headers) {
        if (!RETRACTED.equals(text(headers.get(EVENT))) || headers.get(VERSION) == null) {
            return Optional.empty();
        }
        try {
            long version = Long.parseLong(text(headers.get(VERSION)));
            return Optional.of(
                    new ArticleRetracted(articleId, version, text(headers.get(SOURCE)), text(headers.get(REASON))));
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private static byte[] utf8(String value) {
        return (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] value) {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }
}
