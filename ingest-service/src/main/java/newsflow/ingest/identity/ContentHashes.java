package newsflow.ingest.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.CleanArticle;

/**
 * The content hash of an article: SHA-256 of its cleaned zone texts, boilerplate left out, so that a change of page
 * furniture alone is no new content. With the version it tells an exact re-send from an edit.
 */
public final class ContentHashes {

    private ContentHashes() {}

    /** 64 lower-case hex digits. */
    public static String of(CleanArticle clean) {
        MessageDigest digest = sha256();
        for (Zone zone : clean.zones()) {
            if (zone.name() != ZoneName.BOILERPLATE) {
                digest.update((zone.name() + "\n" + zone.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }
}
