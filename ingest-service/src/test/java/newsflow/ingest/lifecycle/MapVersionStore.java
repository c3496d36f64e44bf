package newsflow.ingest.lifecycle;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.contract.ArticleVersion;

/** A store of versions in a map, for the rules' tests: what the global table holds, set by the test. */
final class MapVersionStore implements VersionStore {

    private final Map<String, SeenVersion> versions = new ConcurrentHashMap<>();

    void put(ArticleVersion version) {
        versions.put(version.articleId(), SeenVersion.of(version));
    }

    @Override
    public SeenVersion get(String articleId) {
        return versions.get(articleId);
    }

    @Override
    public long approximateCount() {
        return versions.size();
    }
}
