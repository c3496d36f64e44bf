package newsflow.ingest.cleaning.furniture;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.credits.PhotoCredits;
import newsflow.ingest.cleaning.furniture.lists.ItemRows;

/**
 * Lines in which the publication names itself, in its own voice: its masthead and tagline ("Liffey Bytes | Irish
 * tech, policy and the people building it", "Karoo Capital · Markets, money and the economy"), its appeals and offers
 * ("Reefline depends on readers", "Cerrado Finance Pro subscribers get …"), its notices ("Pit Wall Post and its
 * advertising partners … read and write cookies"), its authors' bios ("… covers regulation for Liffey Bytes"). The
 * publication's name is known from its source id and its site's host ({@link Publication}). A line that names the
 * publication is furniture when the name opens it before a separator, or when it speaks as the site does (we, our,
 * you; readers, subscribers, members, the site, its app, its advertising; covers, correspondent, editor; what it is,
 * "a news service based in Riga", "an independent newspaper"); not when
 * it reports speech or attributes something to the publication ("told the Hammer Herald", "according to …",
 * "an investigation by … found"), as the body does, nor in a caption's own credit ("… in Banjul on Thursday. Photo:
 * Modou Njie-Sarr/Kairaba Herald" is a caption, even though its text names members of the assembly).
 */
final class OwnName {

    private static final int MAX_LENGTH = 400;
    private static final int MAX_NAME_WORDS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’&.-]*");
    private static final Pattern SEPARATOR_AFTER =
            Pattern.compile("^(?:\\s+\\p{Lu}[\\p{L}\\d'’&.-]*){0,2}\\s*(?:[|·•—–:]|-\\s)");
    private static final Pattern SITE_VOICE = Pattern.compile("(?i)(?<![\\p{L}-])(?:we|our|us|you|your|readers?"
            + "|subscribers?|subscriptions?|subscribe|members?|membership|newsletters?|site|website|app|edition"
            + "|podcast|advertis\\p{L}*|partners|cookies|covers|correspondent|editor|pro|premium|ltd|limited|inc"
            + "|gmbh|pty|news service|news site|news agency|newspaper|magazine|publication|bulletin)(?![\\p{L}-])");
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)\\b(?:told|according to|interview|quoted"
            + "|investigation|reported|revealed|first reported|obtained by)\\b");

    /** Nothing, or signs that frame a masthead: "+++ SIGNAL &amp; NOISE · technology news … +++". */
    private static final Pattern DECORATION = Pattern.compile("^[\\s+=*~#]*$");

    /** A name in capitals, a dash or a bar, and a tagline in small letters. */
    private static final Pattern MASTHEAD_SHAPE = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{N}&'’. -]{2,40} [—–|·] \\p{Ll}");

    /**
     * A name alone on the page's first line, of two to four capitalised words ("Mozambique Channel Science"): with the
     * site's sections right after it, the masthead, as no headline is followed by the site's menu.
     */
    private static final Pattern NAME_ALONE =
            Pattern.compile("^\\p{Lu}[\\p{L}'’&.-]*(?: (?:&|of|and|the|\\p{Lu}[\\p{L}'’&.-]*)){1,3}");

    private OwnName() {}

    /** Marks as furniture each text line in which the publication names itself as furniture does. */
    static void mark(List<Block> blocks, Block.Role[] roles, Publication publication) {
        int first = Block.firstText(blocks, 0);
        if (first >= 0 && roles[first] == Block.Role.TEXT && isMastheadByShape(blocks, first)) {
            roles[first] = Block.Role.FURNITURE;
        }
        if (!publication.isKnown()) {
            return;
        }
        for (int i = 0; i < blocks.size(); i++) {
            boolean inferredCaption =
                    roles[i] == Block.Role.CAPTION && blocks.get(i).role() == Block.Role.TEXT;
            String text = blocks.get(i).text();
            int credit = inferredCaption ? PhotoCredits.creditStart(text) : -1;
            if ((roles[i] == Block.Role.TEXT || inferredCaption)
                    && isOwnLine(credit > 0 ? text.substring(0, credit) : text, publication)) {
                roles[i] = Block.Role.FURNITURE;
            }
        }
    }

    /**
     * Whether the text block has a masthead's shape, a name in capitals and a tagline in small letters after a dash
     * or a bar ("MEDITERRANEAN MARKETS — commodities, ports and trade from Algiers to Alexandria"), or a name alone on
     * the page's first line, with the site's sections right after it: the masthead of a publication whose name its
     * address does not spell.
     */
    static boolean isMastheadByShape(List<Block> blocks, int index) {
        int next = Block.firstText(blocks, index + 1);
        String text = blocks.get(index).text();
        return (MASTHEAD_SHAPE.matcher(text).lookingAt()
                        || index == Block.firstText(blocks, 0)
                                && NAME_ALONE.matcher(text).matches())
                && next >= 0
                && ItemRows.isRow(blocks.get(next).text());
    }

    static boolean isOwnLine(String line, Publication publication) {
        if (line.length() > MAX_LENGTH || !publication.mayBeNamedIn(line)) {
            return false;
        }
        int[] name = find(line, publication);
        if (name == null) {
            return false;
        }
        String lower = CallsToAction.lower(line);
        if (CallsToAction.isReportedSpeech(lower) || ATTRIBUTION.matcher(line).find()) {
            return false;
        }
        return isMasthead(line, name) || SITE_VOICE.matcher(line).find();
    }

    /**
     * Whether the line is the publication's masthead: its name opens it, then, after at most two more capitalised
     * words ("Hills &amp; Valleys Review" for hillsandvalleys), a separator and a tagline or the site's sections
     * ("Pitchside Pomorze — football from the mouth of the Oder", "Órbita Semanal | Satellites · Drones · Chips"), or
     * nothing: the name alone on its line ("KGALAGADI KICK"). Signs may frame it ("+++ SIGNAL &amp; NOISE · … +++").
     */
    static boolean isMasthead(String line, Publication publication) {
        if (line.length() > MAX_LENGTH || !publication.mayBeNamedIn(line)) {
            return false;
        }
        int[] name = find(line, publication);
        return name != null && isMasthead(line, name);
    }

    private static boolean isMasthead(String line, int[] name) {
        String after = line.substring(name[1]);
        return DECORATION.matcher(line.substring(0, name[0])).matches()
                && (DECORATION.matcher(after).matches()
                        || SEPARATOR_AFTER.matcher(after).find());
    }

    /** The first stretch of one to five words, the first capitalised, that names the publication; or null. */
    private static int[] find(String line, Publication publication) {
        Matcher words = WORD.matcher(line);
        List<int[]> spans = new ArrayList<>();
        while (words.find()) {
            spans.add(new int[] {words.start(), words.end()});
        }
        for (int first = 0; first < spans.size(); first++) {
            if (!Character.isUpperCase(line.codePointAt(spans.get(first)[0]))) {
                continue;
            }
            for (int last = first; last < Math.min(spans.size(), first + MAX_NAME_WORDS); last++) {
                int start = spans.get(first)[0];
                int end = spans.get(last)[1];
                if (publication.isNamedBy(line.substring(start, end))) {
                    return new int[] {start, end};
                }
            }
        }
        return null;
    }
}
