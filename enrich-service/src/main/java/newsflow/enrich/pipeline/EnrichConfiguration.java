package newsflow.enrich.pipeline;

import java.time.Clock;
import newsflow.enrich.EnrichProperties;
import newsflow.enrich.tagging.EntityTagger;
import newsflow.enrich.tagging.crf.CrfGazetteerTagger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnrichConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EntityTagger entityTagger(EnrichProperties properties) {
        return CrfGazetteerTagger.load(properties.nerModel());
    }

    @Bean
    ArticleEnrichment articleEnrichment(EntityTagger tagger, Clock clock, EnrichProperties properties) {
        return new ArticleEnrichment(tagger, clock, properties.maxTaggingTime());
    }

    @Bean
    TaggerWarmUp taggerWarmUp(ArticleEnrichment enrichment, EnrichProperties properties) {
        return new TaggerWarmUp(enrichment, properties.warmUp(), properties.listenerConcurrency());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
