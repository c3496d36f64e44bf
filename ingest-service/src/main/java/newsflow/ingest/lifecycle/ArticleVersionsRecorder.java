package newsflow.ingest.lifecycle;

import newsflow.contract.ArticleVersion;
import newsflow.contract.Topics;
import newsflow.support.kafka.EventSender;

/**
 * Records that a version of an article was accepted: on {@code articles.versions}, acknowledged by the broker, then
 * in this instance's {@link VersionTable}.
 *
 * <p>Call it only once the article itself is acknowledged on {@code articles.ingested}. Should ingest stop in
 * between, the raw record is read again and, its version not being recorded, published again: a duplicate every
 * later stage ignores (their writes are version-checked). The other order could record a version that was never
 * published, and the re-read record would then be dropped as a re-send: an article lost.
 */
public class ArticleVersionsRecorder {

    private final EventSender sender;
    private final VersionTable table;

    ArticleVersionsRecorder(EventSender sender, VersionTable table) {
        this.sender = sender;
        this.table = table;
    }

    public void record(ArticleVersion version) {
        sender.send(Topics.ARTICLE_VERSIONS, version.articleId(), version);
        table.remember(version);
    }
}
