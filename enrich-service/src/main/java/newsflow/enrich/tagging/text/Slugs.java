package newsflow.enrich.tagging.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Stable ASCII slugs for canonical ids: "Dmytro Kuleba" is {@code dmytro-kuleba}, "Zoë Ødegård" {@code zoe-odegard}. */
public final class Slugs {

    private Slugs() {}

    public static String of(String name) {
        String folded = Normalizer.normalize(foldSpecialLetters(name), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return folded.isEmpty() ? "x" + shortHash(name) : folded;
    }

    /** Letters NFD does not take apart into a base letter and a mark. */
    private static String foldSpecialLetters(String name) {
        return name.replace("ø", "o")
                .replace("Ø", "O")
                .replace("æ", "ae")
                .replace("Æ", "AE")
                .replace("ß", "ss")
                .replace("đ", "d")
                .replace("Đ", "D")
                .replace("ł", "l")
                .replace("Ł", "L")
                .replace("œ", "oe")
                .replace("Œ", "OE")
                .replace("þ", "th")
                .replace("Þ", "Th")
                .replace("ı", "i")
                .replace("ð", "d")
                .replace("Ð", "D");
    }

    /** For names with no Latin letters at all: a short, stable hash. */
    private static String shortHash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }
}
