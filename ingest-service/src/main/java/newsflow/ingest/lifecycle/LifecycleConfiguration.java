package newsflow.ingest.lifecycle;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import newsflow.ingest.IngestProperties;
import newsflow.support.kafka.EventSender;
import newsflow.support.kafka.PipelineKafkaProperties;
import newsflow.support.kafka.PipelineTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;

/** The article versions ingest remembers: their compacted topic, their table, and its feed from the topic. */
@Configuration(proxyBeanMethods = false)
class LifecycleConfiguration {

    /** Compacted, shaped as {@link PipelineTopics#articleVersions} says. */
    @Bean
    NewTopic articleVersionsTopic(PipelineKafkaProperties kafka) {
        return PipelineTopics.articleVersions(kafka.topics());
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
    ArticleVersionsFeed articleVersionsFeed(
            ConsumerFactory<String, byte[]> consumers, VersionTable table, IngestProperties properties) {
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
