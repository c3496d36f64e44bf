package newsflow.ingest.cleaning.furniture.credits;

import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.CallsToAction;

/**
 * Copyright and imprint lines, which name the publisher, its company and its address: "© Connacht Courier 2026. Unit 4,
 * Liosbán Business Park, Tuam Road, Galway", "© 2026 Gridiron Wire Media LLC. Contains material from The Associated
 * Press.", "NorthStack OÜ · Telliskivi 60a, Tallinn, Estonia · © 2026", "Copyright 2026 Apollo Review Ltd", "Registered
 * in England and Wales no. 10448213", "a registered charity in England and Wales (no. 1187221)". A line is one when it
 * begins with a copyright mark, has the mark or the word "copyright" next to a year or the mark before a name and a
 * year ("© Tejo Media 2026"), or gives a company or charity registration number, and reports no speech. Reporting about
 * copyright ("The court ruled that the copyright on the photographs belonged to the agency") has no mark and no year
 * next to the word, and a caption's credit ("… on Monday. © Jane Doe/Reuters") no year: both stay.
 */
public final class CopyrightLines {

    private static final int MAX_LENGTH = 300;

    private static final Pattern COPYRIGHT = Pattern.compile("^\\s*(?:©|\\(c\\)|copyright\\s*(?:©|\\(c\\)))"
            + "|(?:©|\\(c\\)|\\bcopyright)\\s*(?:©\\s*)?(?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d\\s*©"
            + "|©\\s*\\p{L}[\\p{L} .&-]{0,40}?\\s(?:19|20)\\d\\d\\b");
    private static final Pattern REGISTRATION =
            Pattern.compile("\\b(?:registered|registration)\\b" + "[^.]{0,60}?\\b(?:no\\.?|number)\\s*:?\\s*\\d{5,}");

    /**
     * An imprint: the publisher's company, with its legal form, or "a service of" one, then its address after a dot:
     * "PT Jakarta Tech Daily Media · SCBD, Jakarta Selatan", "Peloton Daily BV · Korenmarkt 11, Ghent", "Tropical
     * Health Wire · A service of Meridian Health Media, Kuala Lumpur".
     */
    private static final Pattern IMPRINT = Pattern.compile("^(?:(?:PT|CV) \\p{Lu}[^·•|]{1,60}|\\p{Lu}[^·•|]{1,60}"
            + " (?:Ltd\\.?|Limited|Lda\\.?|BV|B\\.V\\.|NV|GmbH|AG|SA|S\\.A\\.|SAS|SRL|S\\.r\\.l\\.|S\\.L\\.|Oy|Oyj|AB|AS|ASA|ApS"
            + "|A/S|Inc\\.?|LLC|plc|PLC|Pty Ltd|Sdn Bhd|Bhd|KK|K\\.K\\.|Co\\.,? Ltd\\.?))\\s[·•|]\\s\\S"
            + "|^\\p{Lu}[^·•|]{1,60}\\s[·•|]\\s(?:A|a) (?:service|publication|product|brand|title) of \\p{Lu}");
    /** The publisher named in a sentence: "Dhow Capital is a trading name of Dhow Capital Media LLC, Way 3109, Muscat". */
    private static final Pattern TRADING_NAME = Pattern.compile("^\\p{Lu}[^.·•|]{1,60} is (?:a|the) (?:trading name"
            + "|registered trade ?mark|trademark|publication|service) of \\p{Lu}");

    private CopyrightLines() {}

    /** Whether the line is a copyright or imprint line; {@code lower} is the line in lower case. */
    public static boolean isCopyright(String line, String lower) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        boolean mark = (lower.indexOf('©') >= 0 || hasCopyrightWord(lower))
                && COPYRIGHT.matcher(lower).find();
        return (mark
                        || lower.contains("regist")
                                && REGISTRATION.matcher(lower).find()
                        || (lower.indexOf('·') >= 0 || lower.indexOf('•') >= 0 || lower.indexOf('|') >= 0)
                                && IMPRINT.matcher(line).find()
                        || lower.contains(" is ") && TRADING_NAME.matcher(line).find())
                && !CallsToAction.isReportedSpeech(lower);
    }

    /** Whether "copyright" or "(c)" occurs in the line: one look at each "c" of the line, cheaper than one per word. */
    private static boolean hasCopyrightWord(String lower) {
        for (int c = lower.indexOf('c'); c >= 0; c = lower.indexOf('c', c + 1)) {
            if (lower.startsWith("copyright", c) || c > 0 && lower.charAt(c - 1) == '(' && lower.startsWith("c)", c)) {
                return true;
            }
        }
        return false;
    }
}
