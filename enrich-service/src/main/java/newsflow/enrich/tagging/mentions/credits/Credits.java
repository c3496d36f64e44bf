package newsflow.enrich.tagging.mentions.credits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.gazetteer.Gazetteer;
import newsflow.enrich.tagging.gazetteer.GazetteerEntry;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Words;

/**
 * Photo and wire credits inside captions and text, read by their shape rather than by the model, which runs the
 * photographer and the agency together ("Remo Castelli/Reuters" as one organisation) or misses names in capitals:
 * <ul>
 * <li>"Photo: Remo Castelli/Reuters", "PHOTO: LUCA BARTOLINI/UFFIZI GALLERIES", "Picture: Jess Thornbury/AAP",
 * "Photo: Ed Sykora/Action Images via Reuters", "Photograph: Tolu Adeyemi-Clarke for Fourth Wall", "Photo: Name
 * Surname/Times of Malta": the photographer is a person, the agencies organisations;</li>
 * <li>"REUTERS/Jens Nørgaard", "AFP PHOTO / TUNDE OGUNLEYE", "ANTARA FOTO/Ardhi Kusumawardana": the agency, then
 * the photographer, where the agency is known, a word for a photo follows it or the line is a caption (not "UN/African
 * Union": a known name after the slash is not a photographer);</li>
 * <li>"Photo: GULNARA ISMAILOVA" at the end of a line: the photographer alone, when the name is in capitals or begins
 * with a given name ("Image: Tumar Orbital" is a company), no word of it is one of an agency's or an institution's
 * ("Photo: Getty Images", "Photo: Courtesy Museum") and the gazetteers do not know it;</li>
 * <li>"... in the fifth set. KAYLA DOSTAL/LINCOLN JOURNAL STAR": a photographer's name in capitals, then the
 * publication, at the end of a caption's sentence;</li>
 * <li>"(PTI Photo)", "Photo: WAM", "Agencia Uno/Sebastián Pizarro Lagos": an agency the gazetteers know as it signs
 * its pictures, alone or before the photographer; after a label, any organisation the gazetteers know ("Photo:
 * Lusa/Iaia Baldé"), and an agency's one word before a photographer's name ("Photo: Pixsell/Ante Čizmić").</li>
 * </ul>
 * An agency the gazetteers know takes its canonical id ("REUTERS" is Reuters; "PTI", "AAP" and "NTB" in a credit are
 * the agencies, not the party or the retailer of those letters); another is an organisation of that name. The
 * credit's mentions replace whatever other finder put on the same words.
 */
public final class Credits {

    private static final String WORD = "\\p{Lu}[\\p{L}’'.-]*";
    private static final String NAME = WORD + "(?: " + WORD + "){1,3}";
    private static final String AGENCY_WORD = "\\p{Lu}[\\p{L}\\d&.-]*";
    /** An agency's or an institution's name: "Reuters", "Times of Malta", "Autoridad del Canal de Panamá". */
    private static final String AGENCY =
            AGENCY_WORD + "(?: (?:(?:of|de|del|du|des|de la|and|&) )?" + AGENCY_WORD + "){0,4}";

    private static final String END = "(?=\\s*(?:$|[)\\]<]))";
    /** The word for a picture after an agency's name: "AFP PHOTO", "ANTARA FOTO", "PTI Photo". */
    private static final String PHOTO_WORD = " (?:PHOTO|FOTO|Photo)";
    /** "Photo: Name Surname/Agency", "Photograph: Name Surname for Agency", with a second agency after "via". */
    private static final Pattern LABELLED = Pattern.compile("(?m)\\b(?:Photo(?:graph)?s?|PHOTO(?:GRAPH)?S?|"
            + "Picture|PICTURE|Pic|Image|IMAGE|Foto|FOTO|Credit|CREDIT)\\s*:\\s*(" + NAME
            + ")(?:\\s?/\\s?| for (?:[Tt]he )?)("
            + AGENCY
            + ")(?: via (" + AGENCY + "))?" + END);
    /** "Photo: Name Surname" ending its line, without an agency. */
    private static final Pattern LABELLED_ALONE = Pattern.compile("(?m)\\b(?:Photo(?:graph)?s?|PHOTO(?:GRAPH)?S?|"
            + "Picture|PICTURE|Pic|Image|IMAGE|Foto|FOTO)\\s*:\\s*(" + NAME + ")(?=[ \\t]*$)");
    /** A name that ends in a word for a picture is an agency's: "ANTARA FOTO". */
    private static final Pattern PICTURE_WORD = Pattern.compile("(?i)\\b(?:photo|foto|pictures?)$");
    /** Words of an agency's or an institution's name, never of a photographer's. */
    private static final Pattern NOT_PHOTOGRAPHER = Pattern.compile("(?i)\\b(images?|photos?|pictures?|press|"
            + "agency|news|archives?|collection|library|museum|handout|supplied|courtesy|studios?|media|office|"
            + "service|ministry|government|council|police|university|club|group|foundation|trust|pool)\\b");

    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}’'.-]*\\p{Lu}";
    /** "KAYLA DOSTAL/LINCOLN JOURNAL STAR" after a sentence's end, ending its line. */
    private static final Pattern NAME_FIRST = Pattern.compile("(?m)(?:(?<=[.!?] )|^)(" + CAPS_WORD + "(?: " + CAPS_WORD
            + "){1,2}) ?/ ?(" + CAPS_WORD + "(?: [\\p{Lu}\\d&]+){0,3})(?=[ \\t]*$)");
    /** "REUTERS/Name Surname", "AFP PHOTO / NAME SURNAME": an agency in capitals, then the photographer. */
    private static final Pattern AGENCY_FIRST = Pattern.compile(
            "(?m)(?<![\\p{L}/])(\\p{Lu}{2,}(?:-\\p{Lu}{2,})?)" + "(" + PHOTO_WORD + ")?\\s?/\\s?(" + NAME + ")" + END);
    /**
     * "Agencia Uno/Sebastián Pizarro Lagos", "GEPA pictures/Florian Ranftl", "Photo: Lusa/Iaia Baldé": an agency as it
     * signs, any case.
     */
    private static final Pattern SIGNED_AGENCY_FIRST = Pattern.compile("(?m)(?:^|(?<=[.!?)] )|(?<=(?:Photo|PHOTO|"
            + "Picture|Image|Foto|FOTO): ))(" + AGENCY + "(?: pictures)?)\\s?/\\s?(" + NAME + ")" + END);
    /** "(PTI Photo)", "Photo: WAM": an agency alone, as the whole credit. */
    private static final Pattern AGENCY_ALONE = Pattern.compile("(?m)(?:\\((\\p{Lu}{2,})" + PHOTO_WORD
            + "\\)|\\b(?:Photo(?:graph)?|PHOTO|Picture|Image|Foto)\\s*:\\s*(" + AGENCY + "))" + END);

    private Credits() {}

    /** The candidates, with the credits' mentions in place of what overlapped them. */
    public static List<Span> apply(List<Span> candidates, Map<ZoneName, String> zoneTexts, Gazetteer gazetteer) {
        return Span.replacing(candidates, zoneTexts, (zone, text) -> find(zone, text, gazetteer));
    }

    static List<Span> find(ZoneName zone, String text, Gazetteer gazetteer) {
        List<Span> found = new ArrayList<>();
        Matcher labelled = LABELLED.matcher(text);
        while (labelled.find()) {
            if (PICTURE_WORD.matcher(labelled.group(1)).find()) {
                continue; // "Photo: ANTARA FOTO/Ardhi Kusumawardana": the agency comes first
            }
            found.add(person(zone, text, labelled.start(1), labelled.end(1)));
            found.add(agency(zone, text, labelled.start(2), labelled.end(2), gazetteer));
            if (labelled.group(3) != null) {
                found.add(agency(zone, text, labelled.start(3), labelled.end(3), gazetteer));
            }
        }
        Matcher alone = LABELLED_ALONE.matcher(text);
        while (alone.find()) {
            String name = alone.group(1);
            boolean personLike = name.equals(name.toUpperCase(Locale.ROOT)) || gazetteer.isGivenName(Words.of(name)[0]);
            if (personLike && !NOT_PHOTOGRAPHER.matcher(name).find() && unknown(name, gazetteer)) {
                found.add(person(zone, text, alone.start(1), alone.end(1)));
            }
        }
        Matcher nameFirst = NAME_FIRST.matcher(text);
        while (nameFirst.find()) {
            if (!NOT_PHOTOGRAPHER.matcher(nameFirst.group(1)).find() && unknown(nameFirst.group(1), gazetteer)) {
                found.add(person(zone, text, nameFirst.start(1), nameFirst.end(1)));
                found.add(agency(zone, text, nameFirst.start(2), nameFirst.end(2), gazetteer));
            }
        }
        Matcher agencyFirst = AGENCY_FIRST.matcher(text);
        while (agencyFirst.find()) {
            int start = agencyFirst.start();
            if (found.stream().anyMatch(span -> span.start() <= start && start < span.end())
                    || gazetteer.lookup(agencyFirst.group(3)).isPresent()) {
                continue;
            }
            Span agency = agency(zone, text, agencyFirst.start(1), agencyFirst.end(1), gazetteer);
            boolean credit = agency.known() != null || zone == ZoneName.CAPTION || agencyFirst.group(2) != null;
            if (credit) {
                found.add(agency);
                found.add(person(zone, text, agencyFirst.start(3), agencyFirst.end(3)));
            }
        }
        Matcher signed = SIGNED_AGENCY_FIRST.matcher(text);
        while (signed.find()) {
            int start = signed.start();
            boolean afterLabel = start >= 2 && text.startsWith(": ", start - 2);
            boolean known = gazetteer.agencyCredit(signed.group(1)).isPresent()
                    || afterLabel
                            && (gazetteer
                                            .lookup(signed.group(1))
                                            .filter(entry -> entry.type() == EntityType.ORGANIZATION)
                                            .isPresent()
                                    || signsAlone(signed.group(1), signed.group(2), gazetteer));
            if (found.stream().noneMatch(span -> span.start() <= start && start < span.end()) && known) {
                found.add(agency(zone, text, signed.start(1), signed.end(1), gazetteer));
                found.add(person(zone, text, signed.start(2), signed.end(2)));
            }
        }
        Matcher agencyAlone = AGENCY_ALONE.matcher(text);
        while (agencyAlone.find()) {
            int group = agencyAlone.group(1) != null ? 1 : 2;
            Span agency = agency(zone, text, agencyAlone.start(group), agencyAlone.end(group), gazetteer);
            if (agency.known() != null) {
                found.add(agency);
            }
        }
        return found;
    }

    /**
     * Whether a credit's first name is an agency's one word and the second a photographer's ("Photo: Pixsell/Ante
     * Čizmić"), where the photographer's name would have come first ("Photo: Jane Doe/AP"): the one word is no given
     * name, and the words after the slash are no agency's and nothing the gazetteers know ("Photo: Madonna/Getty
     * Images" is the other way round).
     */
    private static boolean signsAlone(String agency, String photographer, Gazetteer gazetteer) {
        return Words.of(agency).length == 1
                && !gazetteer.isGivenName(agency)
                && !NOT_PHOTOGRAPHER.matcher(photographer).find()
                && unknown(photographer, gazetteer);
    }

    /** Whether the gazetteers know the name as written or, written in capitals, as a name in small letters. */
    private static boolean unknown(String name, Gazetteer gazetteer) {
        return gazetteer.lookupCapitals(name, null).isEmpty();
    }

    private static Span person(ZoneName zone, String text, int start, int end) {
        String name = text.substring(start, end);
        return Span.found(zone, start, end, name, EntityType.PERSON);
    }

    private static Span agency(ZoneName zone, String text, int start, int end, Gazetteer gazetteer) {
        String name = text.substring(start, end);
        Optional<GazetteerEntry> known = gazetteer
                .agencyCredit(name)
                .or(() -> gazetteer.lookup(name))
                .or(() -> gazetteer.lookupCapitals(name, null))
                .filter(entry -> entry.type() == EntityType.ORGANIZATION);
        return new Span(
                zone,
                start,
                end,
                name,
                EntityType.ORGANIZATION,
                known.orElse(null),
                known.map(GazetteerEntry::form).orElse(MentionForm.NAME),
                Words.of(name).length);
    }
}
