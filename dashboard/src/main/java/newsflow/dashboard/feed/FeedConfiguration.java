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
        return new TopicFeed(settings, boards, recentEntities, properties.feedSize());
    }
}
