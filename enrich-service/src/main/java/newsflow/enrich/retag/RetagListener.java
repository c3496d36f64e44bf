package newsflow.enrich.retag;

import newsflow.contract.ConsumerGroups;
import newsflow.contract.RetagOutcome;
import newsflow.contract.RetagRequest;
import newsflow.contract.Topics;
import newsflow.enrich.pipeline.EnrichedPublisher;
import newsflow.support.kafka.EventSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code articles.retag}, one request per poll so that {@link RetagThrottle} can hold it back between any
 * two: publishes a re-tagged article whose entities changed on {@code articles.enriched}, then the outcome on
 * {@code articles.retag.outcomes}. A request that cannot be read goes to {@code articles.retag.dlt}.
 */
@Component
class RetagListener {

    static final String ID = "enrich-retag";

    private static final Logger log = LoggerFactory.getLogger(RetagListener.class);

    private final Retagging retagging;
    private final EnrichedPublisher publisher;
    private final EventSender sender;
    private final RetagMetrics metrics;

    RetagListener(Retagging retagging, EnrichedPublisher publisher, EventSender sender, RetagMetrics metrics) {
        this.retagging = retagging;
        this.publisher = publisher;
        this.sender = sender;
        this.metrics = metrics;
    }

    @KafkaListener(
            id = ID,
            groupId = ConsumerGroups.ENRICH_RETAG,
            topics = Topics.RETAG,
            concurrency = "1",
            properties = "max.poll.records=1")
    void onRetagRequest(RetagRequest request) {
        Retagging.Retag retag = retagging.retag(request);
        retag.changed().ifPresent(article -> publisher.publishRetagged(article, request.runId()));
        RetagOutcome outcome = retag.outcome();
        sender.send(Topics.RETAG_OUTCOMES, outcome.articleId(), outcome);
        metrics.retagged(outcome.result());
        log.debug(
                "Re-tagged {} version {} for run {}: {}",
                outcome.articleId(),
                outcome.version(),
                outcome.runId(),
                outcome.result());
    }
}
