package newsflow.ingest.pipeline;

import newsflow.contract.ArticleRejected;
import newsflow.contract.Topics;
import newsflow.support.kafka.EventSender;
import org.springframework.stereotype.Component;

/** Publishes refusals to {@code articles.rejected}, keyed like the refused record. */
@Component
class RejectionPublisher {

    private final EventSender sender;

    RejectionPublisher(EventSender sender) {
        this.sender = sender;
    }

    void publish(String key, ArticleRejected rejection) {
        sender.send(Topics.REJECTED, key, rejection);
    }
}
