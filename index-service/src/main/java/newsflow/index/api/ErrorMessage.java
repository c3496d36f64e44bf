package newsflow.index.api;

/** The body of every error answer of the query API. */
record ErrorMessage(String message) {}
