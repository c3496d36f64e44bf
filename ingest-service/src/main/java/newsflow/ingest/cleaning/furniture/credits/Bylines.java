package newsflow.ingest.cleaning.furniture.credits;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.Block;
import newsflow.ingest.cleaning.furniture.CallsToAction;
import newsflow.ingest.cleaning.furniture.Words;

/**
 * Bylines and wire credit lines, which name the authors and where they file from: "By Pieter Vandamme and Ines
 * Kowalczyk", "By Liis Mägi, Tallinn correspondent · 14 April 2026 · 5 min read", "Reporting by Yuki Sasaki; editing by
 * Hannah Lim in Singapore". A byline is "By" (or "by") and one or more names (two to four capitalised words), then nothing, or a
 * role or place of a few words (", Tallinn correspondent", " in Lagos"), a clause about the author (", who reviewed the
 * 2023 show from Amsterdam") or where they were (", with the harvest crews in Coruche and at the results in Porto"), or
 * items after a separator. A credit line
 * begins "Reporting by", "Additional reporting by", "Writing by" or "Editing by" and names someone. "By Monday, the
 * strike had spread" begins with a day, and "By Ruth Asawa’s standards, the show is small" goes on after the name: both
 * stay.
 * <p>
 * A reporter's contact line is one too: "Our security reporter Veera Lahtinen can be reached securely via Signal. Tips
 * are confidential.", "Email her at …"; and so is a signature, a name and a place alone on a line next to the article's
 * date ("Meera Pillai, Bengaluru" above "6 May 2026, 10:30 IST"), a desk's or a bureau's line ("Science desk, reporting
 * from the Tian Shan", "Addis Ababa bureau · Thursday 5 March 2026", "by the Deep Lake Journal desk · 25 March 2026"),
 * a line for the paper's own reporter that does not name them ("Our correspondent in Kasama") or names them under a
 * label ("Our man at the oche: Tom Pendlebury in Graz 22.03.2026") or after their beat ("Our athletics correspondent,
 * Wycliffe Kemboi Sitienei, at the finish line"), a byline with the writer's seat or town ("By
 * Marisol Quintana Ruiz, courtside", "By Aigerim Tulegenova, Atyrau") and a signature with its place and date on one
 * line ("Nirosha Kulatunga, Colombo, 11 August 2026").
 */
public final class Bylines {

    private static final int MAX_LENGTH = 200;
    private static final int MAX_ROLE_WORDS = 6;
    /** Longest clause about the author after the name: ", who reviewed the museum's 2023 show from Amsterdam". */
    private static final int MAX_WHO_WORDS = 16;
    /** Longest first word of a credit line: "(Additional". */
    private static final int MAX_CREDIT_WORD = 11;

    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]+(?: (?:(?:de|da|van|von|der|den|al|bin|le|la|du|di|dos"
            + "|del|ter|ten) )?\\p{Lu}[\\p{L}'’.-]+){1,3}";
    /** Where one of several authors filed from: " in Cobán" in "By Mariela Coy in Cobán and Lucas Rivera in …". */
    private static final String AUTHOR_PLACE = "(?: in \\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2})?";

    private static final Pattern BYLINE = Pattern.compile("^(?i:by) (" + NAME + ")(?:" + AUTHOR_PLACE
            + "(?:,? and | & |, )" + NAME
            + ")*(?<role>(?:, | in | for | at )[^.;:!?·|•]*?)?(?<items>\\s+[·|•–—-]\\s.*)?"
            + "(?:\\s+(?i:reading time:? \\d{1,2} min(?:ute)?s?|\\d{1,2} min(?:ute)?s? read))?$");
    /**
     * A desk or a bureau that files the story, with where or when: "Science desk, reporting from the Tian Shan", "Addis
     * Ababa bureau · Thursday 5 March 2026", "by the Deep Lake Journal desk · 25 March 2026"; no sentence ("The foreign
     * desk, which closed in 2019, reopened.").
     */
    private static final Pattern DESK_LINE =
            Pattern.compile("^(?:(?i:by) the )?\\p{Lu}[\\p{L}&'’ -]{0,40} (?:desk|bureau|newsroom)"
                    + "(?:\\s*[,·|•–—-]\\s*(?![^.;!?]*\\b(?:which|who|that|said|says)\\b)[^.;!?]{1,80})?$");

    private static final Pattern CREDIT = Pattern.compile("^\\(?(?i:additional reporting|reporting|writing|editing"
            + "|dispatch|report"
            + "|compiled|reported|written|words|words and reporting|words and pictures|text|pictures|photos|photography"
            + "|video|graphics|illustrations?|story|filed|reviewed|interview|produced|translated|edited"
            + "|(?:review|interview|words|text|photos|pictures|video)s? and (?:review|interview|words|text|photos"
            + "|pictures|video|reporting)s?)"
            + "(?: [\\p{Ll}’'-]+){0,4}(?: by|:) \\p{Lu}");
    /**
     * A line in which the author says where they wrote the story from: "X wrote this story from Brasília.", "X watched
     * the match from the press box in Debrecen and filed this report for …".
     */
    private static final Pattern AUTHOR_NOTE = Pattern.compile("^" + NAME + "(?: [^.;!?“”\"]{1,80}? and)? (?:wrote"
            + "|reported|filed) this(?: (?:story|article|report|piece)\\b|[;,.]| and |$)");
    /**
     * "This story was reported by Jolene Pruett for the … and is shared with …", "This story was produced under the
     * BBC’s Local Democracy Reporting Service."
     */
    private static final Pattern MADE_BY = Pattern.compile("^This (?:story|article|report|piece) was (?:(?:reported"
            + "|written|produced|filed|reported and written) by " + NAME + "\\b[^;!?“”\"]{0,140}|(?:produced|written"
            + "|reported|published) (?:under|as part of|through|in partnership with|with support from|with funding"
            + " from) [^;!?“”\"]{3,120})$");

    private static final Pattern ROLE = Pattern.compile("(?i)\\b(?:editor|reporter|correspondent|writer|columnist"
            + "|critic|journalist|contributor|photographer|producer|staff|desk|in \\p{Lu}|for \\p{Lu}|at \\p{Lu}"
            + "|with (?:additional )?(?:reporting|photographs|photography|photos|pictures|video|graphics) by)");
    private static final String ROLE_NOUN =
            "(?:correspondent|reporter|editor|writer|columnist|critic|photographer" + "|bureau chief|contributor|desk)";
    /** A place and a date after an author's role: ", Montevideo 23 April 2026", ", Skopje". */
    private static final String PLACE_AND_DATE = ", \\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2}"
            + "(?: \\d{1,2} \\p{Lu}\\p{Ll}+ \\d{4}| \\p{Lu}\\p{Ll}+\\.? \\d{1,2},? \\d{4})?";
    /** Where a sports writer sat: "courtside", "in the press box". */
    private static final String SEATS = "(?:courtside|pitchside|ringside|rinkside|trackside|poolside|in the press box)";

    /**
     * Bylines of other shapes: a credit at the end of a line ("From the AP wire, with additional reporting by …"),
     * where the author filed from ("Reported from the finish on Straße des 17. Juni by …", "Filed from the Capitol by
     * …, statehouse reporter", "Filed from Sucre by … · Saturday 8 August 2026", "Reporting from the Halliwell Jones:
     * Bethany Rigby · Pictures: SWpix"), a labelled author ("Reporter: Gurleen Sidhu-Marchand | City hall", "Match
     * report: Name Surname, in Volos", "Match report: Name Surname, courtside in Bitola", "Author: Name Surname,
     * Nikšić", "Reporter on the dunes: Name Surname, Koksijde", "Crónica: Name Surname at the Estadio …") and a name
     * with a role ("Yasmine Farag-Holloway, Cairo correspondent", "Petra Kovač, chief football writer, at the Poljud",
     * "Name Surname | Technology editor, Skopje", "Name Surname, start-ups reporter, Montevideo 23 April 2026"), an
     * author under the section's name ("Tech desk · Name Surname"), authors each with their place before the date, an
     * author and where they report from ("Name Surname reporting from Antsirabe"), an author with the agencies ("Name
     * Surname with agencies") and a kind of piece by its author ("Analysis by Name Surname, commodities desk · 16 July
     * 2026", "Saturday's report by Name Surname", "Route notes by Name Surname, following the race from Atakpamé",
     * "Field report by Name Surname, in Cusco and at the ice margin") and an author who wrote for the publication
     * ("Written for Nuraghe Notes by Name Surname; photographs by the band").
     */
    private static final Pattern OTHER_BYLINE = Pattern.compile("(?:^[^.;!?]{0,60}?(?:^|, )with (?:additional )?"
            + "(?:reporting|photographs|photography|photos|pictures|video|graphics|illustrations) by " + NAME
            + "(?: and " + NAME + ")?"
            + "|^(?:Reported|Filed|Written|Reporting|Writing|Words|Reviewed) (?:from|in|at|on) [^;!?]{1,60}? by "
            + NAME + "(?:, [^.;!?]{1,40})?(?:\\s+[|·•–—-]\\s[^.;!?]{1,40})?"
            + "|^(?:(?:Reporting|Reported|Filing|Filed|Writing) )?(?:[Ff]rom) [^:;!?]{1,50}: " + NAME
            + "(?:, [^.;!?]{1,40})?(?:\\s+[|·•–—-]\\s[^.;!?]{1,40})?"
            + "|^(?:Reporters?|Writers?|Authors?|Words|Text|Story|Reporting|Photos?|Photography|Pictures|Editor"
            + "|Correspondent|Byline|(?:Match )?[Rr]eport|Dispatch|Crónica|Cronaca|Chronique|Reportaje|Reportage"
            + "|Bericht)(?: \\p{Ll}[\\p{L}'’-]*){0,4}: " + NAME + "(?:(?:, | and | & )" + NAME + ")*"
            + "(?:,? (?:in|at|from) [^.;!?]{1,40}|, " + SEATS + " (?:in|at) [^.;!?]{1,40}"
            + "|, \\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2})?"
            + "(?:\\s+[|·•–—-]\\s[^.;!?]{1,40})?"
            + "|^" + NAME + "(?:, |\\s+[|·•–—]\\s+)(?:our |the )?(?:[\\p{L}'’.-]+ ){0,3}" + ROLE_NOUN
            + "(?:,? (?:at|for|in) [^.;!?]{1,30}|" + PLACE_AND_DATE + ")?(?:\\s+[|·•–—-]\\s[^.;!?]{1,40})?"
            + "|^" + NAME
            + ",? (?:reporting|writing|filing) (?:from|in) \\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2}"
            + "(?:\\s+[|·•–—-]\\s[^.;!?]{1,40})?"
            + "|^" + NAME + ",? (?:with|and) (?:agencies|agency reports|wires|wire services|agency copy)"
            + "|^(?:\\p{Lu}\\p{Ll}+(?:['’]s)? )?(?i:notes|analysis|commentary|comment|opinion|preview|recap|column|diary|notebook"
            + "|verdict|explainer|essay|review|report|dispatch|letter) by " + NAME
            + "(?:, [^.;!?]{1,40})?(?:\\s+[|·•–—-]\\s[^;!?]{1,40})?"
            + "|^(?:Written|Reported|Filed|Produced) for [^;!?]{1,50}? by " + NAME + "(?:; [^!?]{1,60})?)$");
    /**
     * A note on how the story was made, written as a sentence, that names someone: "Our reporter … travelled to …
     * for this story.", "… was in Baku for us", "… wrote this; African Parks supplied the pictures".
     */
    /** "our reporter", "our Kabul correspondent", "our photographers". */
    private static final String OUR_JOURNALIST =
            "\\bour (?:[\\p{L}-]+ ){0,3}(?:reporter|correspondent|writer|editor|photographer)s?";

    private static final Pattern MAKING_OF = Pattern.compile("(?i:\\bfor us\\b|\\bfor this (?:story|article|report"
            + "|piece)\\b|" + OUR_JOURNALIST + "\\b|\\bsupplied the (?:pictures|photographs|photos)\\b)");

    /** The person a note on the story's making is about: first, after "our reporter", or last after a comma. */
    private static final Pattern MAKER =
            Pattern.compile("^" + NAME + "\\b|(?i:" + OUR_JOURNALIST + ") " + NAME + "\\b|, " + NAME + "\\.?$");

    private static final int MAX_MAKING_OF_WORDS = 24;
    /** A quotation, where "for us" is someone's ("“A big night for us,” …"). */
    private static final Pattern QUOTED = Pattern.compile("[“”\"«»„]");
    /**
     * Where an author reports from, and the pictures' credit: "Joost Hemelrijk reports from Galgenwaard; photographs
     * …", "Political editor Fenella Crellin reports from the Tynwald chamber".
     */
    /**
     * An author under the section's name, or several authors each with where they filed from, before the date:
     * "Economy · by Name Surname", "Tech desk · Name Surname", "Name Surname in Malabo and Name Surname in Aberdeen · 8
     * October 2026 · 11:20 GMT".
     */
    private static final Pattern SECTION_OR_PLACES = Pattern.compile("^\\p{Lu}[\\p{Ll}-]+(?: [\\p{Ll}-]+){0,2} [·|•] "
            + "(?:by )?" + NAME + "|^" + NAME + " in \\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2}(?:,? and "
            + NAME
            + " in \\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2})* [·|•] [^.;!?“”\"]*\\d[^;!?“”\"]*");
    /**
     * An author after their role, before a separator or where they report from: "Science editor Harriet Mokoena-Lund
     * · checked by …", "Agriculture reporter Rasmata Zongo-Bationo, in Bobo-Dioulasso".
     */
    private static final Pattern ROLE_FIRST = Pattern.compile("^\\p{Lu}[\\p{Ll}-]+ " + ROLE_NOUN + " " + NAME
            + "(?:\\s+[|·•–—]\\s[^“”\"]{1,80}|, (?:in|at|from) \\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2})$");

    private static final Pattern REPORTS_FROM =
            Pattern.compile("^(?:\\p{Lu}?[\\p{Ll}-]+ (?:[\\p{Ll}-]+ ){0,2}" + ROLE_NOUN
                    + " )?" + NAME + " (?:reports|reported|writes|wrote|files"
                    + "|filed) from [^.;!?]{1,60}"
                    + "(?:; (?:photographs|pictures|photos|photography|video)\\b[^.!?]{0,60})?$");
    /** Where the author watched from: "Chiara Montefalco, courtside in Perugia", "Ana Ruiz, pitchside at Anfield". */
    private static final Pattern SEAT = Pattern.compile("^" + NAME + ", " + SEATS + " (?:in|at) [^.;!?]{1,40}$");
    /** A byline's place after the name: "By Aigerim Tulegenova, Atyrau". */
    private static final Pattern PLACE_ROLE = Pattern.compile("^, \\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2}$");
    /** A signature with its place and the date on one line: "Nirosha Kulatunga, Colombo, 11 August 2026". */
    private static final Pattern DATED_SIGNATURE = Pattern.compile("^" + NAME
            + ", \\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2}, (?:\\d{1,2} \\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\.? \\d{1,2},?)"
            + " \\d{4}$");
    /** A byline's seat after the name: "By Marisol Quintana Ruiz, courtside". */
    private static final Pattern SEAT_ROLE = Pattern.compile("^, " + SEATS + "$");
    /** A line that names the paper's own reporter but not who: "Our correspondent in Kasama", "From our reporter". */
    private static final Pattern UNNAMED_REPORTER = Pattern.compile("^(?:Our|From our|By our) (?:own |special |staff "
            + "|political |sports )?(?:correspondent|reporter|staff reporter|staff writer|reporters|correspondents)"
            + "(?: (?:in|at) \\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2})?$");
    /**
     * The paper's own reporter under a label that says where they were, then their name, place and date: "Our man at
     * the oche: Tom Pendlebury in Graz 22.03.2026".
     */
    private static final Pattern OUR_REPORTER_LABEL = Pattern.compile("^Our (?:man|woman|reporter|correspondent"
            + "|writer)(?: [\\p{Ll}’'-]+){1,4}: " + NAME
            + "(?: (?:in|at) \\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2})?(?:,? \\d{1,2}[./]\\d{1,2}[./]\\d{2,4}"
            + "|,? \\d{1,2} \\p{Lu}\\p{Ll}+ \\d{4})?$");
    /**
     * The paper's own reporter by their beat, then their name between commas and where they watched from: "Our
     * athletics correspondent, Wycliffe Kemboi Sitienei, at the finish line".
     */
    private static final Pattern OUR_REPORTER_NAMED = Pattern.compile("^Our (?:[\\p{Ll}-]+ ){0,3}(?:correspondent"
            + "|reporter|writer|editor|photographer), " + NAME + "(?:,? (?:in|at|from|on) [^.;!?“”\"]{1,40})?$");
    /**
     * A line about what an author covers, and where they live: "Laila Mansour covers shipping and the canal economy
     * for …", "… writes about technology in Central Africa for Mboa Tech. She lives in Douala."
     */
    private static final Pattern BEAT = Pattern.compile("^" + NAME + " (?:covers|writes about|writes on|reports on)"
            + " [^.!?;]{5,160}\\.?(?: (?:She|He|They) (?:lives?|is based|are based|lives? and works?) in [^.!?;]{1,40}"
            + "\\.)?$");

    private static final int MAX_OTHER_BYLINE_WORDS = 24;
    /** How to reach a reporter, with a reporter or a tip in the line: "can be reached securely via Signal". */
    private static final Pattern CONTACT = Pattern.compile("(?i)\\b(?:(?:can|may) be (?:reached|contacted)"
            + "(?: securely| confidentially| privately)? (?:at|via|on|by)|tips are (?:confidential|welcome)"
            + "|send (?:us |him |her |them )?(?:your )?(?:news )?tips|(?:email|contact|message|reach) (?:him|her|them"
            + "|the (?:author|reporter|writer))(?: securely| confidentially)? (?:at|via|on)\\b)");

    /** Words one of which every contact line holds: "reached", "contacted", "tips", "email", "message". */
    private static final List<String> CONTACT_WORDS = List.of("reach", "contact", "tip", "email", "message");

    private static final Pattern CONTACT_SUBJECT = Pattern.compile(
            "(?i)\\b(?:reporter|correspondent|editor|writer" + "|columnist|journalist|author|tips?)\\b");
    /** A name of two to four capitalised words, a comma and a place of one to three: "Meera Pillai, Bengaluru". */
    private static final Pattern SIGNATURE =
            Pattern.compile(NAME + ", \\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+)" + "{0,2}");

    private static final int MAX_SIGNATURE_LENGTH = 60;
    /** An article's date or time alone on a line: "6 May 2026, 10:30 IST", "Updated March 4, 2026 at 9:12 am". */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^(?:(?:published|updated|posted|last updated)"
            + ":? )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:\\d{1,2}(?:st|nd|rd|th)? \\p{L}{3,9}\\.?,? \\d{4}"
            + "|\\p{L}{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})"
            + "(?:(?:,? (?:at )?| [·|•] )\\d{1,2}[:.]\\d\\d(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{2,5})?)?$");

    private static final int MAX_DATE_LINE_LENGTH = 60;
    private static final Set<String> NOT_NAMES = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "the",
            "then",
            "now",
            "contrast",
            "comparison",
            "far",
            "christmas",
            "easter",
            "noon",
            "midnight",
            "dawn",
            "nightfall",
            "law",
            "definition",
            "design",
            "default");

    /** A staff signature with the paper's name and the writer's town: "Nadine Tremblay-Ouellet, Courier staff, Matane". */
    private static final Pattern STAFF_SIGNATURE = Pattern.compile("^" + NAME + ", (?:\\p{Lu}[\\p{L}'’.&-]* ){1,3}staff"
            + "(?: writer| reporter)?(?:, \\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2})?$");
    /**
     * A credit after a label, with where and when: "Adelaide-born, Launceston-based: words by Mia Holloway at Devonport
     * Oval Saturday 7 March 2026".
     */
    private static final Pattern LABELLED_CREDIT = Pattern.compile("^[^.;!?“”\"]{1,60}: (?i:words|text|report|reporting"
            + "|story)(?: and (?i:pictures|photos))? by " + NAME + "(?: [^.;!?“”\"]{1,80})?$");

    private Bylines() {}

    /** Whether the line is a byline or a wire credit line. */
    public static boolean isByline(String line) {
        if (line.length() > MAX_LENGTH || line.length() < 6) {
            return false;
        }
        if (line.startsWith("By ") || line.startsWith("BY ") || line.startsWith("by ")) {
            return isAuthorByline(line)
                    || line.startsWith("By our ")
                            && UNNAMED_REPORTER.matcher(line).matches()
                    || isDeskLine(line);
        }
        return (mayBeCredit(line) || line.indexOf(':') > 0 || line.contains(" by "))
                        && CREDIT.matcher(line).lookingAt()
                || isContactLine(line)
                || line.contains(" this") && AUTHOR_NOTE.matcher(line).lookingAt()
                || isOtherByline(line)
                || isMakingOf(line)
                || isDeskLine(line)
                || line.contains(" staff") && STAFF_SIGNATURE.matcher(line).matches()
                || line.contains(" by ") && LABELLED_CREDIT.matcher(line).matches()
                || (line.startsWith("Our ") || line.startsWith("From our "))
                        && (UNNAMED_REPORTER.matcher(line).matches()
                                || OUR_REPORTER_LABEL.matcher(line).matches()
                                || OUR_REPORTER_NAMED.matcher(line).matches());
    }

    /** A desk's or a bureau's line: its word is looked for before the pattern, which almost every line fails. */
    private static boolean isDeskLine(String line) {
        return (line.contains(" desk") || line.contains(" bureau") || line.contains(" newsroom"))
                && DESK_LINE.matcher(line).matches();
    }

    private static boolean isMakingOf(String line) {
        return mayBeMakingOf(line)
                && Words.count(line, MAX_MAKING_OF_WORDS + 1) <= MAX_MAKING_OF_WORDS
                && MAKING_OF.matcher(line).find()
                && MAKER.matcher(line).find()
                && !QUOTED.matcher(line).find()
                && !CallsToAction.isReportedSpeech(CallsToAction.lower(line));
    }

    /** Whether a word of a note on the story's making is there: looked for before the pattern, which most lines fail. */
    private static boolean mayBeMakingOf(String line) {
        return line.contains("or ") || line.contains("ur ") || line.contains("supplied");
    }

    /** Marks as furniture each signature next to a date line, and that date line. */
    public static void markSignatures(List<Block> blocks, Block.Role[] roles) {
        for (int i = 0; i < blocks.size(); i++) {
            if (roles[i] != Block.Role.TEXT || !isSignature(blocks.get(i).text())) {
                continue;
            }
            for (int date : new int[] {i - 1, i + 1}) {
                if (date >= 0
                        && date < blocks.size()
                        && roles[date] != Block.Role.CAPTION
                        && isDateLine(blocks.get(date).text())) {
                    roles[i] = Block.Role.FURNITURE;
                    roles[date] = Block.Role.FURNITURE;
                }
            }
        }
    }

    private static boolean isOtherByline(String line) {
        return Character.isUpperCase(line.codePointAt(0))
                && Words.count(line, MAX_OTHER_BYLINE_WORDS + 1) <= MAX_OTHER_BYLINE_WORDS
                && (OTHER_BYLINE.matcher(line).matches()
                        || BEAT.matcher(line).matches()
                        || MADE_BY.matcher(line).matches()
                        || REPORTS_FROM.matcher(line).matches()
                        || ROLE_FIRST.matcher(line).matches()
                        || SECTION_OR_PLACES.matcher(line).matches()
                        || DATED_SIGNATURE.matcher(line).matches()
                        || SEAT.matcher(line).matches())
                && !NOT_NAMES.contains(CallsToAction.lower(
                        line.substring(0, Math.max(1, line.indexOf(' '))).strip()));
    }

    private static boolean isContactLine(String line) {
        return hasContactWord(line)
                && CONTACT.matcher(line).find()
                && CONTACT_SUBJECT.matcher(line).find()
                && !CallsToAction.isReportedSpeech(CallsToAction.lower(line));
    }

    /** Whether a word of a contact line is there, in any case: looked for before the pattern, which most lines fail. */
    private static boolean hasContactWord(String line) {
        for (String word : CONTACT_WORDS) {
            for (int i = line.indexOf(word.charAt(1)); i > 0; i = line.indexOf(word.charAt(1), i + 1)) {
                if (line.regionMatches(true, i - 1, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSignature(String line) {
        return line.length() <= MAX_SIGNATURE_LENGTH
                && SIGNATURE.matcher(line).matches()
                && !NOT_NAMES.contains(CallsToAction.lower(line.substring(0, line.indexOf(' '))));
    }

    /** Whether the line is a date, with its time after a comma, "at" or a bar: "Sunday 22 November 2026 | 16:58". */
    public static boolean isDateLine(String line) {
        return line.length() <= MAX_DATE_LINE_LENGTH && DATE_LINE.matcher(line).matches();
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
        return role == null
                || SEAT_ROLE.matcher(role).matches()
                || PLACE_ROLE.matcher(role).matches()
                || Words.count(role, MAX_ROLE_WORDS + 1) <= MAX_ROLE_WORDS
                        && ROLE.matcher(role).find()
                || (role.startsWith(", who ")
                                || role.startsWith(", with ")
                                        && ROLE.matcher(role).find())
                        && Words.count(role, MAX_WHO_WORDS + 1) <= MAX_WHO_WORDS
                        && !QUOTED.matcher(role).find();
    }
}
