package newsflow.ingest.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import newsflow.ingest.IngestProperties;
import newsflow.ingest.cleaning.ArticleCleaner;
import newsflow.ingest.intake.AllowedSources;
import newsflow.ingest.intake.RawArticleReader;
import newsflow.ingest.language.LanguageDetection;
import newsflow.ingest.lifecycle.VersionTable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    ArticleIngestion articleIngestion(IngestProperties properties) {
        LanguageDetection languages = properties.languages().equals(LanguageDetection.DEFAULT_LANGUAGES)
                ? LanguageDetection.defaults()
                : LanguageDetection.of(properties.languages());
        return new ArticleIngestion(
                new RawArticleReader(properties.maxBodySize().toBytes()), new ArticleCleaner(), languages);
    }

    @Bean
    AllowedSources allowedSources(IngestProperties properties) {
        return AllowedSources.of(
                properties.sources(),
                properties.publishers().stream()
                        .map(IngestProperties.Publisher::source)
                        .toList());
    }

    @Bean
    RawArticleIntake rawArticleIntake(ArticleIngestion ingestion, AllowedSources sources, VersionTable versions) {
        return new RawArticleIntake(ingestion, sources, versions);
    }

    @Bean
    IngestMetrics ingestMetrics(MeterRegistry meters, AllowedSources sources) {
        return new IngestMetrics(meters, sources);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
