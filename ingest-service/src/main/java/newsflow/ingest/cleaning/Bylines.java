package newsflow.ingest.cleaning;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines and wire credit lines, which name the authors and where they file from: "By Pieter Vandamme and Ines
 * Kowalczyk", "By Liis Mägi, Tallinn correspondent · 14 April 2026 · 5 min read", "Reporting by Yuki Sasaki; editing by
 * Hannah Lim in Singapore". A byline is "By" and one or more names (two to four capitalised words), then nothing, or a
 * role or place of a few words (", Tallinn correspondent", " in Lagos"), or items after a separator. A credit line
 * begins "Reporting by", "Additional reporting by", "Writing by" or "Editing by" and names someone. "By Monday, the
 * strike had spread" begins with a day, and "By Ruth Asawa’s standards, the show is small" goes on after the name: both
 * stay.
 */
final class Bylines {

    private static final int MAX_LENGTH = 200;
    private static final int MAX_ROLE_WORDS = 6;
    /** Longest first word of a credit line: "(Additional". */
    private static final int MAX_CREDIT_WORD = 11;

    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]+(?: (?:(?:de|da|van|von|der|den|al|bin|le|la|du|di|dos"
            + "|del|ter|ten) )?\\p{Lu}[\\p{L}'’.-]+){1,3}";
    private static final Pattern BYLINE = Pattern.compile("^(?i:by) (" + NAME + ")(?:(?:,? and | & |, )" + NAME
            + ")*(?<role>(?:, | in | for | at )[^.;:!?·|•]*)?(?<items>\\s+[·|•–—-]\\s.*)?$");
    private static final Pattern CREDIT = Pattern.compile("^\\(?(?i:additional reporting|reporting|writing|editing"
            + "|compiled|reported|written) by \\p{Lu}");
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(?:editor|reporter|correspondent|writer|columnist"
            + "|critic|journalist|contributor|photographer|producer|staff|in \\p{Lu}|for \\p{Lu}|at \\p{Lu})");
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "the", "then", "now", "contrast", "comparison", "far",
            "christmas", "easter", "noon", "midnight", "dawn", "nightfall", "law", "definition", "design", "default");

    private Bylines() {
    }

    /** Whether the line is a byline or a wire credit line. */
    static boolean isByline(String line) {
        if (line.length() > MAX_LENGTH || line.length() < 6) {
            return false;
        }
        if (line.startsWith("By ") || line.startsWith("BY ")) {
            return isAuthorByline(line);
        }
        return mayBeCredit(line) && CREDIT.matcher(line).lookingAt();
    }

    /** Whether "by" is the second or third word, as in "Reporting by" and "Additional reporting by". */
    private static boolean mayBeCredit(String line) {
        int space = line.indexOf(' ');
        if (space < 0 || space > MAX_CREDIT_WORD) {
            return false;
        }
        int next = line.indexOf(' ', space + 1);
        return line.startsWith("by ", space + 1) || next > 0 && line.startsWith("by ", next + 1);
    }

    private static boolean isAuthorByline(String line) {
        Matcher byline = BYLINE.matcher(line);
        if (!byline.matches()) {
            return false;
        }
        String firstWord = byline.group(1).substring(0, byline.group(1).indexOf(' '));
        if (NOT_NAMES.contains(CallsToAction.lower(firstWord))) {
            return false;
        }
        String role = byline.group("role");
        return role == null || Words.count(role, MAX_ROLE_WORDS + 1) <= MAX_ROLE_WORDS && ROLE.matcher(role).find();
    }
}
