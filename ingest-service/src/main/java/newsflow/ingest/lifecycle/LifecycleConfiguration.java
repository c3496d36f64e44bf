package newsflow.ingest.lifecycle;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.util.concurrent.TimeUnit;
import newsflow.ingest.IngestProperties;
import newsflow.support.kafka.EventSender;
import newsflow.support.kafka.PipelineKafkaProperties;
import newsflow.support.kafka.PipelineTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;

/** The article versions ingest remembers: their compacted topic, its global table on local disk, and the rules. */
@Configuration(proxyBeanMethods = false)
class LifecycleConfiguration {

    /** Compacted, shaped as {@link PipelineTopics#articleVersions} says. */
    @Bean
    NewTopic articleVersionsTopic(PipelineKafkaProperties kafka) {
        return PipelineTopics.articleVersions(kafka.topics());
    }

    @Bean
    ArticleVersionsStore articleVersionsStore(ConsumerFactory<String, byte[]> consumers, IngestProperties properties) {
        return new ArticleVersionsStore(
                consumers.getConfigurationProperties(),
                properties.versionsStateDir(),
                properties.versionsLoadTimeout());
    }

    @Bean
    TimeGauge articleVersionsLoadTime(ArticleVersionsStore store, MeterRegistry meters) {
        return TimeGauge.builder(
                        "newsflow.ingest.versions.load", store, TimeUnit.MILLISECONDS, ArticleVersionsStore::loadMillis)
                .description("How long this instance took at start to read articles.versions into its local store")
                .register(meters);
    }

    @Bean
    VersionTable versionTable(ArticleVersionsStore store, MeterRegistry meters) {
        var table = new VersionTable(store);
        store.settles(table);
        Gauge.builder("newsflow.ingest.versions.articles", table, VersionTable::size)
                .description("Articles whose newest version ingest remembers (an estimate of the local store's)")
                .register(meters);
        Gauge.builder("newsflow.ingest.versions.pending", table, VersionTable::pending)
                .description("Versions this instance recorded that its local store has not read back yet")
                .register(meters);
        return table;
    }

    @Bean
    ArticleVersionsRecorder articleVersionsRecorder(EventSender sender, VersionTable table) {
        return new ArticleVersionsRecorder(sender, table);
    }

    @Bean
    ArticleVersionsHealth articleVersionsHealthIndicator(ArticleVersionsStore store, VersionTable table) {
        return new ArticleVersionsHealth(store, table);
    }
}
