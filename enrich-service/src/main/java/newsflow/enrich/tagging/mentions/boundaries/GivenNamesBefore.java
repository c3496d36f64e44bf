package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;

/**
 * A given name the model left out right before the person's name it found begins that name: the model may take a
 * Quechua or Portuguese surname of two words for the whole name and leave the given name before it ("René Quispe
 * Yupanqui", where it found "Quispe Yupanqui"), or Mohammad written short ("Md Shafiqul Islam Bhuiyan"). The word is
 * one the given-name lists have (or "Md", "Mohd"), capitalised and not in
 * capitals, no title, rank, day, month, honorific or nationality ("Prince", "Doctor", "Sunday", "Seri", "fellow Finn",
 * which the lists have too), that no finder took, that the article does not
 * also write in small letters ("Will", "Mark", "Hope"), one
 * space before a name of one to three words the model calls a person's; not in a headline, whose words are all
 * capitalised.
 */
public final class GivenNamesBefore {

    /** A capitalised word, hyphenated or not, right before the space before the person's name. */
    private static final Pattern GIVEN_NAME =
            Pattern.compile("(?<![\\p{L}\\p{N}’'.-])\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)? \\z");

    private static final int LONGEST = 24;

    /**
     * Mohammad written short, which opens Bangladeshi and Malaysian names and which the lists do not have: "Md Shafiqul
     * Islam Bhuiyan", "Mohd Faizal Rahim".
     */
    private static final Set<String> SHORT_GIVEN_NAMES = Set.of("Md", "Mohd", "Muhd", "Mst");

    /** Days, months and honorifics the given-name lists have too: "On Sunday Houston Merritt", "Seri Norliza". */
    private static final Set<String> NOT_GIVEN_NAMES =
            Set.of(("Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
                            + "January February March April May June July August September October November December Seri Sri "
                            + "Haji Hajjah Tun Tan Dato Datuk Sheikh Sir Dame Lord Lady Saint Doctor Sister Brother Father Mother Major "
                            + "Private Corporal Marshal Admiral Commander Count Baron Earl Reverend Pastor Deacon Elder Nurse Finn Swede "
                            + "Dane Pole Scot Turk Briton Czech Slovak Serb Croat Greek Thai")
                    .split(" "));

    private GivenNamesBefore() {}

    /** The candidates, with each such person's name begun by the given name before it. */
    public static List<Span> join(
            List<Span> candidates,
            Map<ZoneName, String> zoneTexts,
            Predicate<String> givenName,
            Predicate<String> demonym) {
        Predicate<String> name =
                word -> SHORT_GIVEN_NAMES.contains(word) || givenName.test(word) && !demonym.test(word);
        return Span.replacing(candidates, zoneTexts, (zone, text) -> find(zone, text, candidates, name));
    }

    private static List<Span> find(ZoneName zone, String text, List<Span> candidates, Predicate<String> givenName) {
        if (zone == ZoneName.HEADLINE) {
            return List.of();
        }
        List<Span> found = new ArrayList<>();
        for (Span person : candidates) {
            if (person.zone() != zone
                    || person.type() != EntityType.PERSON
                    || person.known() != null
                    || person.tokens() > 3) {
                continue;
            }
            var matcher = GIVEN_NAME.matcher(text.substring(Math.max(0, person.start() - LONGEST), person.start()));
            if (!matcher.find()) {
                continue;
            }
            String word = matcher.group().strip();
            int start = person.start() - matcher.group().length();
            if (!givenName.test(word)
                    || NameBoundaries.isTitle(word)
                    || NOT_GIVEN_NAMES.contains(word)
                    || PlaceGivenNames.writtenInSmallLetters(word, text)
                    || taken(candidates, zone, start)) {
                continue;
            }
            found.add(Span.found(zone, start, person.end(), text.substring(start, person.end()), EntityType.PERSON));
        }
        return found;
    }

    /** Whether a finder took the word at {@code start} (the model, a gazetteer). */
    static boolean taken(List<Span> candidates, ZoneName zone, int start) {
        return candidates.stream().anyMatch(span -> span.zone() == zone && span.start() <= start && start < span.end());
    }
}
