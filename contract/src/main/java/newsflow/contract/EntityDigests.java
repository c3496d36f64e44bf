package newsflow.contract;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short digest of an article's entities (every field of every entity, mentions included), so that a re-tag can
 * tell whether they changed without carrying the entities it compares with: the first 16 hex digits of the SHA-256
 * of their JSON in {@link EventJson}'s form.
 */
public final class EntityDigests {

    private EntityDigests() {}

    public static String of(List<Entity> entities) {
        try {
            byte[] json = EventJson.mapper().writeValueAsBytes(entities);
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(json);
            return HexFormat.of().formatHex(sha, 0, 8);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }
}
