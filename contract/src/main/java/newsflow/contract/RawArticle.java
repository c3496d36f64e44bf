package newsflow.contract;

import java.time.Instant;

/**
 * An article as a publisher sends it: the value on {@link Topics#RAW} and the body of
 * {@code POST /api/articles}.
 *
 * @param source      the publisher's id, for example {@code demo}
 * @param id          the publisher's own id of the article; may be absent when {@code url} is given, and the
 *                    article is then known by its canonical URL
 * @param url         where the article is published
 * @param title       the headline; may be absent when {@code body} is a scraped page whose first line is the headline
 * @param body        the article text or page
 * @param contentType {@link ContentType#TEXT_PLAIN} or {@link ContentType#TEXT_HTML}
 * @param publishedAt when the article was first published
 * @param language    ISO 639-1 code, optional; detected from the text when absent
 * @param revision    optional, grows with each update of the article
 * @param action      optional, {@link Action#PUBLISH} when absent
 * @param updatedAt   optional, when this version of the article was written; its version when there is no
 *                    {@code revision}
 */
public record RawArticle(
        String source,
        String id,
        String url,
        String title,
        String body,
        ContentType contentType,
        Instant publishedAt,
        String language,
        Long revision,
        Action action,
        Instant updatedAt) {

    /** A raw article without an update time, as publishers sent them before {@code updatedAt} was added. */
    public RawArticle(
            String source,
            String id,
            String url,
            String title,
            String body,
            ContentType contentType,
            Instant publishedAt,
            String language,
            Long revision,
            Action action) {
        this(source, id, url, title, body, contentType, publishedAt, language, revision, action, null);
    }

    /** The action, {@link Action#PUBLISH} when the publisher named none. */
    public Action actionOrDefault() {
        return action == null ? Action.PUBLISH : action;
    }
}
