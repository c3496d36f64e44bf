package newsflow.enrich.tagging.mentions;

import java.util.Locale;
import java.util.regex.Pattern;

/** The place that opens a dateline: "DENVER, Aug 22 (Reuters) -", "NEW YORK 1996-08-30". */
public final class Datelines {

    /** What follows the place of a dateline: a comma, the agency in brackets, or a date. */
    private static final Pattern AFTER = Pattern.compile("^(,\\s|\\s+\\(|\\s+\\d{4}-\\d{2}-\\d{2})");

    private Datelines() {
    }

    /** Whether a name in capitals opens a line and is followed by a date or an agency: the dateline's place. */
    public static boolean isPlace(Span span, String zoneText) {
        boolean lineStart = span.start() == 0 || zoneText.charAt(span.start() - 1) == '\n';
        return lineStart && span.text().equals(span.text().toUpperCase(Locale.ROOT)) && span.text().length() > 2
                && AFTER.matcher(zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + 16))).find();
    }
}
