package newsflow.ingest.http;

/** A request without a known publisher's key: answered 401 with {@code WWW-Authenticate: Bearer}. */
class UnknownPublisherException extends RuntimeException {

    UnknownPublisherException() {
        super("a valid publisher API key is required: Authorization: Bearer <key>", null, false, false);
    }
}
