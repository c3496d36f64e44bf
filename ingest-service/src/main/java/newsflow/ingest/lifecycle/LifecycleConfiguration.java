package newsflow.ingest.lifecycle;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import newsflow.contract.Topics;
import newsflow.ingest.IngestProperties;
import newsflow.support.kafka.EventSender;
import newsflow.support.kafka.PipelineKafkaProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;

/** The article versions ingest remembers: their compacted topic, their table, and its feed from the topic. */
@Configuration(proxyBeanMethods = false)
class LifecycleConfiguration {

    /** Compacted: only the newest record of each article is kept, which is all the table needs. */
    @Bean
    NewTopic articleVersionsTopic(PipelineKafkaProperties kafka) {
        PipelineKafkaProperties.Topics shape = kafka.topics();
        return TopicBuilder.name(Topics.ARTICLE_VERSIONS)
                .partitions(shape.partitions())
                .replicas(shape.replicationFactor())
                .compact()
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(shape.minInsyncReplicas()))
                .build();
    }

    @Bean
    VersionTable versionTable(MeterRegistry meters) {
        var table = new VersionTable();
        Gauge.builder("newsflow.ingest.versions.articles", table, VersionTable::size)
                .description("Articles whose newest version ingest remembers")
                .register(meters);
        return table;
    }

    @Bean
    ArticleVersionsFeed articleVersionsFeed(ConsumerFactory<String, byte[]> consumers, VersionTable table,
            IngestProperties properties) {
        return new ArticleVersionsFeed(consumers, table, properties.versionsLoadTimeout());
    }

    @Bean
    ArticleVersionsRecorder articleVersionsRecorder(EventSender sender, VersionTable table) {
        return new ArticleVersionsRecorder(sender, table);
    }

    @Bean
    ArticleVersionsHealth articleVersionsHealthIndicator(ArticleVersionsFeed feed, VersionTable table) {
        return new ArticleVersionsHealth(feed, table);
    }
}
