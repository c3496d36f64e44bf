package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Words;

/**
 * Names with a possessive inside them, which the model cuts in two at the "’s": "National People’s Power",
 * "Landless People’s Movement", "People’s National Movement", "Chinese People’s Political Consultative Conference",
 * "Queen’s University", "King’s College", "St Mary’s Hospital".
 * <ul>
 * <li>After a word for a people or a group ("People’s", "Workers’", "Women’s"), the capitalised words that follow
 * are the rest of one organisation's name, and a name the model found that ends in that word is its beginning;</li>
 * <li>after "Queen’s", "King’s" or a saint's name ("St Mary’s"), only where the words that follow end in a word for
 * an institution or a building ("University", "College", "Hospital"), so that "the Queen’s Speech" stays no name.</li>
 * </ul>
 * An "of" and the place after it belong to the name where the model found them in it ("the People’s Party of
 * Kazakhstan"). A name the gazetteers know past the possessor is left as it is ("Democratic People’s Republic of
 * Korea"), and so is "People’s Republic", a country's name. A possessor and a word for a feature or a place after its
 * "’s" name a place ("Betty’s Bay", "Cox’s Bazar"), except where the gazetteers know a country or a place there
 * ("Jamaica’s Point" is a point of Jamaica's). Like the credits, the name replaces whatever the model put on its words.
 */
public final class PossessiveNames {

    private static final String WORD = "\\p{Lu}[\\p{L}-]*";
    /** The possessor, its possessive, and the capitalised words after it. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<![\\p{L}\\p{N}’'-])(?:(St\\.?|Saint) )?("
            + "People|Peoples|Workers|Women|Children|Farmers|Citizens|Veterans|Queen|King|(?<=St\\.? |Saint )"
            + "\\p{Lu}\\p{Ll}+)(?:[’']s|(?<=s)[’'])(?=((?: " + WORD + "){1,5}))");

    /**
     * A place named by a possessor and one word for a natural feature or a place after its "’s", and no capitalised word
     * after that ("Betty’s Bay", "Diana’s Peak", "Cox’s Bazar", "Sullivan 's Island", "St Peter’s Pool"), nor one before it
     * (a title's words: "My Mother’s Island"): group 1.
     */
    private static final Pattern PLACE =
            Pattern.compile("(?<![\\p{L}\\p{N}’'.-])(?<!\\p{Lu}[\\p{L}.]{0,20} )((?:(?:St\\.?|Saint) )?\\p{Lu}\\p{Ll}+"
                    + " ?[’']s (?:Bay|Peak|Gulf|Bazar|Bazaar|Mound|Pool|Point|Island|Isle|Creek|Cove|Harbour|Harbor|Head|Rock"
                    + "|Beach|Landing|Crossing|Lagoon|Vineyard|Wharf|Hollow|Gap|Ferry|Inlet|Reef|Falls|Field|Hill|Cross))"
                    + "(?![\\p{L}\\p{N}’'-]| \\p{Lu})");

    private static final Pattern AFTER_WORD = Pattern.compile(WORD);
    /** Up to three capitalised words before the possessor, each followed by one space. */
    private static final Pattern WORDS_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}’'.-])(?:" + WORD + " ){1,3}\\z");
    /** How far before the possessor its capitalised words are looked for. */
    private static final int BEFORE = 60;
    /** Possessors that make a name of the words after them by themselves. */
    private static final Set<String> GROUPS =
            Set.of("People", "Peoples", "Workers", "Women", "Children", "Farmers", "Citizens", "Veterans");
    /** Possessors that make a name only with an institution's or a building's word after them. */
    private static final Set<String> ROYAL = Set.of("Queen", "King");
    /** The words that end such a name: "Queen’s University", "St Mary’s Hospital". */
    private static final Set<String> HEADS =
            Set.of("University", "College", "School", "Hospital", "Academy", "Cathedral", "Church", "Park", "Square");
    /** Words after "People’s" that begin a country's name, not an organisation's. */
    private static final Set<String> COUNTRY_WORDS = Set.of("Republic", "Democratic");

    private PossessiveNames() {}

    /** The candidates, with each possessive name in place of what overlapped it. */
    public static List<Span> apply(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        return Span.replacing(candidates, zoneTexts, (zone, text) -> find(zone, text, candidates));
    }

    static List<Span> find(ZoneName zone, String text, List<Span> candidates) {
        List<Span> found = new ArrayList<>();
        Matcher matcher = POSSESSIVE.matcher(text);
        while (matcher.find()) {
            int end = end(matcher);
            if (end < 0) {
                continue;
            }
            int start = matcher.group(1) != null
                    ? matcher.start(1)
                    : wordsBefore(text, start(zone, matcher.start(2), matcher.end(2), candidates));
            if (text.startsWith("The ", start) && start < matcher.start(2)) {
                start += "The ".length();
            }
            int nameEnd = withPlaceOf(zone, text, start, end, candidates);
            Span name = Span.found(zone, start, nameEnd, text.substring(start, nameEnd), EntityType.ORGANIZATION);
            int possessorEnd = matcher.end(2);
            boolean known = candidates.stream()
                    .anyMatch(span -> span.known() != null
                            && span.zone() == zone
                            && span.start() < end
                            && span.end() > possessorEnd);
            if (!known) {
                found.add(name);
            }
        }
        Matcher place = PLACE.matcher(text);
        while (place.find()) {
            int start = place.start(1);
            int end = place.end(1);
            boolean knownPlace = candidates.stream()
                    .anyMatch(span -> span.known() != null
                            && span.zone() == zone
                            && span.start() < end
                            && span.end() > start
                            && (span.type() == EntityType.COUNTRY || span.type() == EntityType.LOCATION));
            if (!knownPlace) {
                found.add(Span.found(zone, start, end, place.group(1), EntityType.LOCATION));
            }
        }
        return found;
    }

    /**
     * Whether a name holds a possessive that is part of it ("National People’s Power"), rather than one that ends
     * another name before it ("Naples’s Museo di Capodimonte").
     */
    public static boolean within(String name) {
        Matcher matcher = POSSESSIVE.matcher(name);
        return matcher.find() && end(matcher) >= 0 || PLACE.matcher(name).matches();
    }

    /**
     * Where the name ends with the "of" and the place that the model found after it too: "the People’s Party of
     * Kazakhstan", which the model names whole.
     */
    private static int withPlaceOf(ZoneName zone, String text, int start, int end, List<Span> candidates) {
        for (Span span : candidates) {
            if (span.zone() == zone
                    && span.known() == null
                    && span.type() == EntityType.ORGANIZATION
                    && span.start() <= start
                    && span.end() > end
                    && text.startsWith(" of ", end)) {
                return span.end();
            }
        }
        return end;
    }

    /** Where the name that a possessive match makes ends; -1 when it makes none. */
    private static int end(Matcher matcher) {
        String possessor = matcher.group(2);
        if (matcher.group(1) != null || ROYAL.contains(possessor)) {
            return headEnd(matcher);
        }
        return GROUPS.contains(possessor) && !COUNTRY_WORDS.contains(Words.of(matcher.group(3))[0])
                ? matcher.end(3)
                : -1;
    }

    /** The end of the words after the possessive, up to and with the last institution's word; -1 when none. */
    private static int headEnd(Matcher matcher) {
        int end = -1;
        Matcher word = AFTER_WORD.matcher(matcher.group(3));
        while (word.find()) {
            if (HEADS.contains(word.group())) {
                end = matcher.start(3) + word.end();
            }
        }
        return end;
    }

    /**
     * Where the capitalised words right before a position begin, up to three of them, on the same line: "Luxembourg
     * Socialist Workers’ Party", whose first word is also a country's name.
     */
    private static int wordsBefore(String text, int position) {
        Matcher words = WORDS_BEFORE.matcher(text.substring(Math.max(0, position - BEFORE), position));
        return words.find() ? position - words.group().length() : position;
    }

    /** Where the name begins: where a name the model found that ends in the possessor begins, or the possessor. */
    private static int start(ZoneName zone, int possessorStart, int possessorEnd, List<Span> candidates) {
        int start = possessorStart;
        for (Span span : candidates) {
            if (span.zone() == zone
                    && span.end() == possessorEnd
                    && span.start() < start
                    && span.type() != EntityType.PERSON
                    && span.known() == null) {
                start = span.start();
            }
        }
        return start;
    }
}
