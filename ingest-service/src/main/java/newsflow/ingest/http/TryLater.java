package newsflow.ingest.http;

/**
 * The body of a 503 or 429 answer: nothing was accepted; send the article again after {@code retryAfterSeconds}
 * (also in the {@code Retry-After} header).
 */
record TryLater(String message, long retryAfterSeconds) {}
