package newsflow.support.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API keys held only as SHA-256 hashes, each belonging to one owner (a publisher's source, an operator's name). A
 * presented key is hashed and compared in constant time against every configured hash, so neither the
 * configuration nor the timing gives a key away, and no key is ever kept or logged in the clear.
 */
public final class HashedKeys {

    private static final String BEARER = "Bearer ";

    private final List<Entry> entries;

    private HashedKeys(List<Entry> entries) {
        this.entries = entries;
    }

    /** A key ring from owners and the hex SHA-256 of their keys. */
    public static HashedKeys of(List<Owner> owners) {
        return new HashedKeys(owners.stream()
                .map(owner -> new Entry(owner.name(), HexFormat.of().parseHex(owner.keySha256())))
                .toList());
    }

    /** The owner of the key in an {@code Authorization: Bearer <key>} header, if the key is known. */
    public Optional<String> ownerOfBearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        byte[] presented = sha256(authorization.substring(BEARER.length()).strip());
        String match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.keyHash(), presented)) {
                match = entry.owner();
            }
        }
        return Optional.ofNullable(match);
    }

    /** The SHA-256 of a key, the form in which keys are configured. */
    public static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }

    /** Who a key belongs to, and the hex SHA-256 of the key. */
    public record Owner(String name, String keySha256) {}

    private record Entry(String owner, byte[] keyHash) {}
}
