package newsflow.ingest.identity;

import java.time.Instant;
import newsflow.contract.RawArticle;

/**
 * An article's version, which only grows from one update to the next: the publisher's {@code revision} when it
 * gives one; else {@code updatedAt}, else {@code publishedAt}, else the time the pipeline received the article, in
 * epoch milliseconds. A publisher should keep to one of these for all versions of an article: a revision counter
 * (1, 2, 3) is far below any time in epoch milliseconds. Times before 1970 count as version 0.
 */
public final class Versions {

    private Versions() {}

    public static long of(RawArticle raw, Instant receivedAt) {
        if (raw.revision() != null) {
            return raw.revision();
        }
        if (raw.updatedAt() != null) {
            return Math.max(0, raw.updatedAt().toEpochMilli());
        }
        return Math.max(0, (raw.publishedAt() != null ? raw.publishedAt() : receivedAt).toEpochMilli());
    }
}
