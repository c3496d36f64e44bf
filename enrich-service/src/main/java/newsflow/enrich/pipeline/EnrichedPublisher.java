package newsflow.enrich.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.CloudEventHeaders;
import newsflow.contract.RetagRequest;
import newsflow.contract.Topics;
import newsflow.support.kafka.EventSender;
import org.springframework.stereotype.Component;

/**
 * Publishes to {@code articles.enriched}, keyed by {@code articleId}: enriched articles, and retractions as tombstones,
 * each with its CloudEvents attributes ({@link CloudEventHeaders}).
 */
@Component
public class EnrichedPublisher {

    private final EventSender sender;
    private final Clock clock;

    EnrichedPublisher(EventSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    public void publish(ArticleEnriched article) {
        sender.send(Topics.ENRICHED, article.articleId(), article, CloudEventHeaders.enriched(article));
    }

    /** Publishes an article again after a re-tag, marked with the run that re-tagged it. */
    public void publishRetagged(ArticleEnriched article, String runId) {
        Map<String, byte[]> headers = new LinkedHashMap<>(CloudEventHeaders.enriched(article));
        headers.put(RetagRequest.RUN_HEADER, runId.getBytes(StandardCharsets.UTF_8));
        sender.send(Topics.ENRICHED, article.articleId(), article, headers);
    }

    void retract(ArticleRetracted retraction) {
        sender.sendTombstone(
                Topics.ENRICHED,
                retraction.articleId(),
                CloudEventHeaders.retracted(retraction, CloudEventHeaders.ENRICH_SERVICE, clock.instant()));
    }
}
