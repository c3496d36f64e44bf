package newsflow.ingest.http;

import java.util.Optional;
import newsflow.ingest.IngestProperties;
import newsflow.support.security.HashedKeys;
import org.springframework.stereotype.Component;

/**
 * The publishers' API keys, each bound to one source, held only as SHA-256 hashes and compared in constant time
 * ({@link HashedKeys}).
 */
@Component
class PublisherKeys {

    private final HashedKeys keys;

    PublisherKeys(IngestProperties properties) {
        this.keys = HashedKeys.of(properties.publishers().stream()
                .map(publisher -> new HashedKeys.Owner(publisher.source(), publisher.keySha256()))
                .toList());
    }

    /** The source the key in an {@code Authorization: Bearer <key>} header is bound to, if the key is known. */
    Optional<String> sourceFor(String authorization) {
        return keys.ownerOfBearer(authorization);
    }
}
