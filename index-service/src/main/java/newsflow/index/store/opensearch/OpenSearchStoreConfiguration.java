package newsflow.index.store.opensearch;

import newsflow.index.IndexProperties;
import newsflow.index.store.ArticleStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenSearch store ({@code newsflow.index.store=opensearch}): a client over Apache HttpClient 5 to the nodes of
 * {@code newsflow.index.opensearch.uris}, and the store on its index. The service starts whether or not the cluster
 * answers; the index is created on first use.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "newsflow.index.store", havingValue = "opensearch")
class OpenSearchStoreConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(ArticleStore.class)
    OpenSearchArticleStore openSearchArticleStore(IndexProperties properties) {
        return OpenSearchArticleStore.connect(properties.opensearch());
    }
}
