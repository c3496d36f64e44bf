package newsflow.ingest.lifecycle;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Up while the versions of all articles are loaded and followed: part of the readiness group, since an instance
 * that does not follow {@code articles.versions} would let re-sends and stale versions through.
 */
class ArticleVersionsHealth implements HealthIndicator {

    private final ArticleVersionsStore store;
    private final VersionTable table;

    ArticleVersionsHealth(ArticleVersionsStore store, VersionTable table) {
        this.store = store;
        this.table = table;
    }

    @Override
    public Health health() {
        Health.Builder health = store.isLoaded() ? Health.up() : Health.down();
        return health.withDetail("articles", table.size())
                .withDetail("pending", table.pending())
                .build();
    }
}
