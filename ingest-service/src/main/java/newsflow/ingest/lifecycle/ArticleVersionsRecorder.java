package newsflow.ingest.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsflow.contract.ArticleVersion;
import newsflow.contract.Topics;
import newsflow.support.kafka.EventSender;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Records that versions of articles were accepted: on {@code articles.versions}, acknowledged by the broker, then
 * in this instance's {@link VersionTable}.
 *
 * <p>Call it only once the articles themselves are acknowledged on {@code articles.ingested}. Should ingest stop in
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

    /**
     * Records the versions together, in one go to the broker. Those the broker has before the first it does not are
     * remembered all the same.
     *
     * @throws EventSender.RecordsNotSentException naming the first version not recorded
     */
    public void recordAll(List<ArticleVersion> versions) {
        List<ProducerRecord<String, Object>> records = new ArrayList<>(versions.size());
        versions.forEach(version ->
                records.add(EventSender.record(Topics.ARTICLE_VERSIONS, version.articleId(), version, Map.of())));
        try {
            sender.sendAll(records);
        } catch (EventSender.RecordsNotSentException ex) {
            versions.subList(0, ex.index()).forEach(table::remember);
            throw ex;
        }
        versions.forEach(table::remember);
    }
}
