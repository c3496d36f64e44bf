package newsflow.enrich.pipeline;

import newsflow.enrich.tagging.TaggingTimeoutException;
import newsflow.support.kafka.InvalidEventException;

/**
 * An article the tagger gave up on, for taking too long. Tagging it again would take as long, so it is not retried:
 * as an {@link InvalidEventException} it goes straight to {@code articles.ingested.dlt}, the reason in its
 * {@code kafka_dlt-exception-message} header, and the partition moves on.
 */
class ArticleNotTaggedException extends InvalidEventException {

    ArticleNotTaggedException(TaggingTimeoutException cause) {
        super(cause.getMessage(), cause);
    }
}
