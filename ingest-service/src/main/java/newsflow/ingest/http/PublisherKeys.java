package newsflow.ingest.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import newsflow.ingest.IngestProperties;
import org.springframework.stereotype.Component;

/**
 * The publishers' API keys, each bound to one source. Keys are held only as SHA-256 hashes and compared in constant
 * time against every configured key, so neither the configuration nor the timing gives a key away.
 */
@Component
class PublisherKeys {

    private static final String BEARER = "Bearer ";

    private final List<Entry> entries;

    PublisherKeys(IngestProperties properties) {
        this.entries = properties.publishers().stream()
                .map(publisher -> new Entry(publisher.source(), HexFormat.of().parseHex(publisher.keySha256())))
                .toList();
    }

    /** The source the key in an {@code Authorization: Bearer <key>} header is bound to, if the key is known. */
    Optional<String> sourceFor(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        byte[] presented = sha256(authorization.substring(BEARER.length()).strip());
        String match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.keyHash(), presented)) {
                match = entry.source();
            }
        }
        return Optional.ofNullable(match);
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }

    private record Entry(String source, byte[] keyHash) {
    }
}
