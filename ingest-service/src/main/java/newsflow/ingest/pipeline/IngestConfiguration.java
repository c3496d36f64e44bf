package newsflow.ingest.pipeline;

import java.time.Clock;
import newsflow.ingest.IngestProperties;
import newsflow.ingest.cleaning.ArticleCleaner;
import newsflow.ingest.intake.RawArticleReader;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    ArticleIngestion articleIngestion(IngestProperties properties) {
        return new ArticleIngestion(new RawArticleReader(properties.maxBodySize().toBytes()), new ArticleCleaner());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
