package newsflow.index.store.lucene;

import newsflow.index.IndexProperties;
import newsflow.index.store.ArticleStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Lucene store, the default {@link ArticleStore} ({@code newsflow.index.store=lucene}). It is closed
 * (committed) when the application stops, after the Kafka listeners that write to it have stopped.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "newsflow.index.store", havingValue = "lucene", matchIfMissing = true)
class LuceneStoreConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(ArticleStore.class)
    LuceneArticleStore luceneArticleStore(IndexProperties properties) {
        return LuceneArticleStore.open(properties.lucene().path());
    }
}
