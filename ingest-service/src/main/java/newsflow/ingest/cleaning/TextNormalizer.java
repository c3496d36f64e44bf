package newsflow.ingest.cleaning;

import java.text.Normalizer;
import org.jsoup.parser.Parser;

/**
 * Normalises text the way every zone is kept: Unicode NFC, HTML entities decoded, control, zero-width-space and
 * bidirectional-control characters dropped, runs of spaces and tabs folded into one space, lines trimmed. Curly
 * quotes, dashes and non-ASCII letters stay as written. The result is never longer than the input.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    /** Normalises a text of several lines; line breaks are kept as {@code \n}. */
    static String normalize(String text) {
        String decoded = text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
        String composed = Normalizer.normalize(decoded, Normalizer.Form.NFC);
        var out = new StringBuilder(composed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (c == '\r') {
                if (i + 1 < composed.length() && composed.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n') {
                trimTrailingSpace(out);
                out.append('\n');
                pendingSpace = false;
            }
            else if (isHorizontalSpace(c)) {
                pendingSpace = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
            }
            else if (!isInvisible(c)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        trimTrailingSpace(out);
        return out.toString();
    }

    /** Normalises a text that must be one line: line breaks become spaces. */
    static String normalizeLine(String text) {
        return normalize(text).replace('\n', ' ').replaceAll(" {2,}", " ").strip();
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u000B'
                || c == '\f' || (Character.getType(c) == Character.SPACE_SEPARATOR);
    }

    /**
     * Control characters, bidirectional embeddings, overrides and isolates, zero-width spaces, word joiners,
     * byte-order marks and soft hyphens. Zero-width joiners and non-joiners stay: some scripts and emoji need them.
     */
    private static boolean isInvisible(char c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }
}
