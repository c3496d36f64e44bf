package newsflow.launcher.publish;

import java.util.concurrent.CompletableFuture;

/** Where {@code publish} sends articles: ingest-service over HTTP, or {@code articles.raw} straight. */
interface ArticleSink extends AutoCloseable {

    /** Exit status when the server or the brokers cannot be reached (sysexits' EX_UNAVAILABLE). */
    int UNAVAILABLE = 69;

    /** Exit status when the publisher's key is refused (sysexits' EX_NOPERM). */
    int KEY_REFUSED = 77;

    /** Sends one article; the future completes once it is acknowledged, refused or given up. */
    CompletableFuture<SendOutcome> send(ArticleInput.Article article);

    @Override
    void close();
}
