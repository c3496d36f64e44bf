package newsflow.dashboard.feed;

import java.util.Map;
import newsflow.dashboard.DashboardProperties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeedConfiguration {

    @Bean
    Boards boards(DashboardProperties properties) {
        return new Boards(properties.feedSize());
    }

    @Bean
    RecentEntities recentEntities(DashboardProperties properties) {
        return new RecentEntities(properties.feedSize() * 10);
    }

    @Bean
    TopicFeed topicFeed(
            KafkaProperties kafka, Boards boards, RecentEntities recentEntities, DashboardProperties properties) {
        Map<String, Object> settings = kafka.buildConsumerProperties();
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // The boards are a view, refreshed every few seconds: take what came in half a second (or 256 KB) in one
        // fetch rather than one fetch for every article the pipeline enriches, which kept the broker busy under load.
        settings.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 256 * 1024);
        settings.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 500);
        return new TopicFeed(settings, boards, recentEntities, properties.feedSize());
    }
}
