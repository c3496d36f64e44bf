package newsflow.enrich.http;

/** The body of every error answer of {@code POST /api/tag}. */
record ErrorMessage(String message) {}
