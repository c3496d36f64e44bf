package newsflow.contract;

/**
 * Why ingest refused a raw article. Each code carries the human explanation publishers see. {@link #MALFORMED_REQUEST}
 * is only ever an HTTP answer: the web server refuses such a request before any newsflow code reads it.
 */
public enum ReasonCode {
    MALFORMED_JSON("The record is not a JSON object."),
    MISSING_FIELD("A required field is missing or blank."),
    INVALID_FIELD("A field has a value that is not allowed, such as a bad URL or date."),
    BODY_TOO_LARGE("The article body is larger than the configured limit."),
    UNSUPPORTED_CONTENT_TYPE("The content type is neither text/plain nor text/html."),
    INVALID_ENCODING("The record is not valid UTF-8."),
    EMPTY_AFTER_CLEANING("Nothing of the article is left after cleaning."),
    STALE_VERSION("A newer version of this article has already been accepted."),
    UNAUTHORIZED_SOURCE("The publisher is not allowed to publish as this source."),
    MALFORMED_REQUEST("The HTTP request could not be read: its request line or headers are malformed or too large.");

    private final String description;

    ReasonCode(String description) {
        this.description = description;
    }

    /** What the code means, for people. */
    public String description() {
        return description;
    }
}
