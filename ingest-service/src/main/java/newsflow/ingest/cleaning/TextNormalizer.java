package newsflow.ingest.cleaning;

import java.text.Normalizer;
import org.jsoup.parser.Parser;

/**
 * Normalises text the way every zone is kept: Unicode NFC, HTML entities decoded, control, zero-width-space and
 * bidirectional-control characters dropped, runs of spaces and tabs folded into one space, lines trimmed. Curly
 * quotes, dashes and non-ASCII letters stay as written. The result is never longer than the input: the few
 * characters NFC would write longer (those Unicode excludes from composition, such as Devanagari qa or Hebrew
 * presentation forms) are kept as they were written.
 */
final class TextNormalizer {

    private TextNormalizer() {}

    /** Normalises a text of several lines, decoding HTML entities; line breaks are kept as {@code \n}. */
    static String normalize(String text) {
        return normalizeDecoded(text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text);
    }

    /**
     * Normalises a text whose HTML entities are already decoded, such as the text of a parsed HTML page, so that an
     * entity the page wrote out on purpose ({@code &amp;amp;} shown as {@code &amp;}) stays as the page showed it.
     */
    static String normalizeDecoded(String decoded) {
        String composed = compose(decoded);
        var out = new StringBuilder(composed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (c > ' ' && c < '\u007F') { // printable ASCII, most of any page: no space, break or invisible
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
                continue;
            }
            if (c == '\r') {
                if (i + 1 < composed.length() && composed.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\u2028' || c == '\u2029') {
                c = '\n';
            }
            if (c == '\n') {
                trimTrailingSpace(out);
                out.append('\n');
                pendingSpace = false;
            } else if (isHorizontalSpace(c)) {
                pendingSpace = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
            } else if (!isInvisible(c)) {
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
        return oneLine(normalize(text));
    }

    /** Normalises a line of a parsed HTML page, whose entities are already decoded. */
    static String normalizeDecodedLine(String decoded) {
        return oneLine(normalizeDecoded(decoded));
    }

    private static String oneLine(String normalized) {
        return normalized.indexOf('\n') < 0
                ? normalized
                : normalized.replace('\n', ' ').replaceAll(" {2,}", " ").strip();
    }

    /** NFC, but never longer than the input: characters NFC would lengthen are kept as written. */
    static String compose(String text) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return composed.length() <= text.length() ? composed : composeExceptLengthening(text);
    }

    private static String composeExceptLengthening(String text) {
        var out = new StringBuilder(text.length());
        int runStart = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            String single = text.substring(i, next);
            if (Normalizer.normalize(single, Normalizer.Form.NFC).length() > single.length()) {
                out.append(Normalizer.normalize(text.substring(runStart, i), Normalizer.Form.NFC))
                        .append(single);
                runStart = next;
            }
            i = next;
        }
        return out.append(Normalizer.normalize(text.substring(runStart), Normalizer.Form.NFC))
                .toString();
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\u00A0'
                || c == '\u2007'
                || c == '\u202F'
                || c == '\u000B'
                || c == '\f'
                || (Character.getType(c) == Character.SPACE_SEPARATOR);
    }

    /**
     * Control characters, bidirectional embeddings, overrides and isolates, zero-width spaces, word joiners,
     * byte-order marks and soft hyphens. Zero-width joiners and non-joiners stay: some scripts and emoji need them.
     */
    private static boolean isInvisible(char c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200B'
                || c == '\u2060'
                || c == '\uFEFF'
                || c == '\u00AD';
    }
}
