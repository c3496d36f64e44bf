package newsflow.contract;

import java.time.Instant;

/**
 * An article as a publisher sends it: the value on {@link Topics#RAW} and the body of
 * {@code POST /api/articles}.
 *
 * @param source      the publisher's id, for example {@code demo}
 * @param id          the publisher's own id of the article
 * @param url         where the article is published
 * @param title       the headline; may be absent when {@code body} is a scraped page whose first line is the headline
 * @param body        the article text or page
 * @param contentType {@link ContentType#TEXT_PLAIN} or {@link ContentType#TEXT_HTML}
 * @param publishedAt when the article was first published
 * @param language    ISO 639-1 code, optional
 * @param revision    optional, grows with each update of the article
 * @param action      optional, {@link Action#PUBLISH} when absent
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
        Action action) {

    /** The action, {@link Action#PUBLISH} when the publisher named none. */
    public Action actionOrDefault() {
        return action == null ? Action.PUBLISH : action;
    }
}
