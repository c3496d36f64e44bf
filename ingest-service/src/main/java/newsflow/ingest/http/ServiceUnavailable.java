package newsflow.ingest.http;

/** The body of a 503 answer: nothing was accepted; send the article again after {@code retryAfterSeconds}. */
record ServiceUnavailable(String message, long retryAfterSeconds) {
}
