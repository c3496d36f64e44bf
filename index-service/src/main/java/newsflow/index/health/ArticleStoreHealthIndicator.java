package newsflow.index.health;

import newsflow.index.store.ArticleStore;
import newsflow.index.store.StoreStatus;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code articleStore} in the health endpoint: UP while the store is open and can take writes. */
@Component
class ArticleStoreHealthIndicator implements HealthIndicator {

    private final ArticleStore store;

    ArticleStoreHealthIndicator(ArticleStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        StoreStatus status = this.store.status();
        return (status.writable() ? Health.up() : Health.down())
                .withDetails(status.details())
                .build();
    }
}
