package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Words;

/**
 * A given name that is also a place's or a country's ("Sofia", "Florence", "Trinidad", "Montserrat") and that the
 * model or the gazetteers take for the place, right before a surname the model found nothing in ("Sofia
 * Brandt-Elliott", "Florence Nightingale", "Tarsila do Amaral", "Montserrat Puig i Ferrer"), begins that person's name.
 * The surname is one or two capitalised words (with the particles of names before and between them) that no finder
 * took (nor called MISC), ending where the next word is not capitalised; no word for a place, a body, an event or a
 * title ("Sofia Airport", "Atlanta Games", "Georgia Secretary of State"), no word the article also writes in small
 * letters, and not in a headline, whose words are all capitalised. A team named after its town keeps its name
 * ("Hamilton Tiger-Cats").
 */
public final class PlaceGivenNames {

    private static final String WORD = "\\p{Lu}[\\p{Ll}'’]*\\p{Ll}(?:-\\p{Lu}[\\p{Ll}'’]*\\p{Ll})?";
    private static final String PARTICLE = "(?:do|da|dos|das|de|del|della|di|du|van|von|der|den|i|y|bin|ibn|al|le|la)";
    /** After the given name: a space, the surname's words, then no further capitalised word. */
    private static final Pattern SURNAME = Pattern.compile(" ((?:" + PARTICLE + " )?" + WORD + "(?: " + PARTICLE
            + ")?(?: " + WORD + ")?)(?![\\p{L}\\p{N}])(?! \\p{Lu})" + "(?!-)");
    /** Words of places, bodies and events that follow a place's name: "Sofia Airport", "Florence Biennale". */
    private static final Set<String> NOT_SURNAMES = Set.of(
            ("Airport Station Street Road Avenue Square Bridge Port Harbour Bay Valley River Lake Island Islands "
                            + "Province Region County District City Town Council University College School Hospital Museum "
                            + "Cathedral Hotel Hall Centre Center Park Stadium Arena Metro Police Court Government Parliament "
                            + "Assembly Ministry Group Bank Club United Festival Biennale Marathon Open Cup Declaration Accord "
                            + "Agreement Summit Conference Forum Tech State Times Post News Radio Mall Market Zoo Beach Coast "
                            + "Gulf Sea Mountains Hills Heights Downs Walk Stage Games Olympics Secretary Minister President "
                            + "Governor Mayor Catholic")
                    .split(" "));

    private PlaceGivenNames() {}

    /** The candidates, with each such person's whole name in place of the place the given name was taken for. */
    public static List<Span> join(
            List<Span> candidates, List<Span> other, Map<ZoneName, String> zoneTexts, Predicate<String> givenName) {
        List<Span> all = new ArrayList<>(candidates);
        all.addAll(other);
        return Span.replacing(candidates, zoneTexts, (zone, text) -> find(zone, text, all, givenName));
    }

    private static List<Span> find(ZoneName zone, String text, List<Span> candidates, Predicate<String> givenName) {
        if (zone == ZoneName.HEADLINE) {
            return List.of();
        }
        List<Span> found = new ArrayList<>();
        for (Span place : candidates) {
            if (place.zone() != zone || !takenForAPlace(place) || !givenName.test(place.text())) {
                continue;
            }
            Matcher surname = SURNAME.matcher(text).region(place.end(), text.length());
            if (!surname.lookingAt()
                    || namesAPlace(surname.group(1))
                    || writtenInSmallLetters(surname.group(1), text)
                    || taken(candidates, zone, surname)) {
                continue;
            }
            String name = text.substring(place.start(), surname.end());
            found.add(Span.found(zone, place.start(), surname.end(), name, EntityType.PERSON));
        }
        return found;
    }

    /** A place or a country; not a team ("Hamilton Tiger-Cats"). */
    private static boolean takenForAPlace(Span span) {
        return span.tokens() == 1 && (span.type() == EntityType.LOCATION || span.type() == EntityType.COUNTRY);
    }

    /**
     * Whether the zone's text also writes a word of the name in small letters: a word, not a name ("Orange Walk",
     * "Hope").
     */
    static boolean writtenInSmallLetters(String surname, String text) {
        for (String word : Words.of(surname)) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!lower.equals(word) && standsAlone(lower, text)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds the word with no letter right before or after it, found by a scan, not a pattern. */
    private static boolean standsAlone(String word, String text) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.codePointBefore(at)))
                    && (end == text.length() || !Character.isLetter(text.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAPlace(String surname) {
        for (String word : Words.of(surname)) {
            if (NOT_SURNAMES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a finder took any of the surname's words (the model, a gazetteer, what the model calls MISC). */
    private static boolean taken(List<Span> candidates, ZoneName zone, Matcher surname) {
        return candidates.stream()
                .anyMatch(span -> span.zone() == zone && span.start() < surname.end() && surname.start() < span.end());
    }
}
