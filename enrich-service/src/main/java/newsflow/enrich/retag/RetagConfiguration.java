package newsflow.enrich.retag;

import newsflow.enrich.pipeline.ArticleEnrichment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RetagConfiguration {

    @Bean
    Retagging retagging(ArticleEnrichment enrichment) {
        return new Retagging(enrichment);
    }
}
