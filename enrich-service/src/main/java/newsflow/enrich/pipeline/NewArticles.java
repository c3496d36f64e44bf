package newsflow.enrich.pipeline;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.contract.Topics;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Whether new articles are waiting for enrich-service or being tagged: an article of {@code articles.ingested} in
 * the hands of a listener thread, or a lag on that topic as its consumers last fetched it. Work of lower priority
 * (re-tagging) runs only while there are none.
 */
@Component
public class NewArticles {

    /** The id of the listener container of {@code articles.ingested}. */
    public static final String LISTENER_ID = "enrich-ingested-articles";

    private final AtomicInteger inHand = new AtomicInteger();
    private final KafkaListenerEndpointRegistry listeners;

    NewArticles(KafkaListenerEndpointRegistry listeners) {
        this.listeners = listeners;
    }

    void started() {
        inHand.incrementAndGet();
    }

    void finished() {
        inHand.decrementAndGet();
    }

    /** True while a listener thread has a new article in hand or the consumers last saw new articles waiting. */
    public boolean waiting() {
        return inHand.get() > 0 || lag() > 0;
    }

    /** The records of {@code articles.ingested} its consumers had still to read at their last fetch. */
    double lag() {
        MessageListenerContainer container = listeners.getListenerContainer(LISTENER_ID);
        if (container == null) {
            return 0;
        }
        return lagOf(container.metrics());
    }

    static double lagOf(Map<String, Map<MetricName, ? extends Metric>> clients) {
        double lag = 0;
        for (Map<MetricName, ? extends Metric> metrics : clients.values()) {
            for (Map.Entry<MetricName, ? extends Metric> metric : metrics.entrySet()) {
                MetricName name = metric.getKey();
                if ("records-lag".equals(name.name())
                        && Topics.INGESTED.equals(name.tags().get("topic"))) {
                    Object value = metric.getValue().metricValue();
                    if (value instanceof Double records && !records.isNaN() && records > 0) {
                        lag += records;
                    }
                }
            }
        }
        return lag;
    }
}
