package newsflow.launcher.publish;

/** One article read from the files to publish, or why a file or line could not be one. */
sealed interface ArticleInput {

    /** Where it came from, for messages: a file, or a file and line number ({@code articles.jsonl:3}). */
    String label();

    /** A raw article in the {@code articles.raw} JSON shape, not yet checked. */
    record Article(String label, byte[] json) implements ArticleInput {}

    /** A file or line that is not an article, and why. */
    record Unreadable(String label, String reason) implements ArticleInput {}
}
