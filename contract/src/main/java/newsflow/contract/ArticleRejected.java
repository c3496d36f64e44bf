package newsflow.contract;

import java.time.Instant;

/**
 * A raw article ingest refused: the value on {@link Topics#REJECTED}, keyed like the refused record.
 *
 * @param source          the publisher's id, if the record named one
 * @param sourceArticleId the publisher's own article id, if the record named one
 * @param reason          the reason code
 * @param message         what exactly was wrong
 * @param field           the offending field, when one is to blame
 * @param origin          the refused record's topic, partition and offset
 * @param rejectedAt      when it was refused
 */
public record ArticleRejected(
        String source,
        String sourceArticleId,
        ReasonCode reason,
        String message,
        String field,
        SourceRecord origin,
        Instant rejectedAt) {

    public static ArticleRejected of(
            Refusal refusal, String source, String sourceArticleId, SourceRecord origin, Instant rejectedAt) {
        return new ArticleRejected(
                source, sourceArticleId, refusal.reason(), refusal.message(), refusal.field(), origin, rejectedAt);
    }
}
