package newsflow.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Derives an article's stable {@code articleId} from its publisher and the publisher's own id, so any client can
 * compute it: {@code <source>-<first 20 hex digits of SHA-256(source + '\n' + id)>}.
 */
public final class ArticleIds {

    private static final int HEX_DIGITS = 20;

    private ArticleIds() {}

    public static String derive(String source, String sourceArticleId) {
        byte[] digest = sha256((source + "\n" + sourceArticleId).getBytes(StandardCharsets.UTF_8));
        return source + "-" + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
    }

    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }
}
