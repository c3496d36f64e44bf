package newsflow.ingest.http;

import newsflow.contract.Action;

/** The body of a 202 answer: the article is safely on {@code articles.raw} and will go through the pipeline. */
record ArticleAccepted(String articleId, long version, Action action) {}
