package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;

/**
 * A person's double-barrelled surname after a given name, which the model, meeting its parts for the first time, takes
 * for a place or a body or leaves out: "Verónica Ichazo-Mendieta" and "Trinidad Mejía-Zúniga" (places to the model),
 * "Hala Sharari-Obeidat" (the model took "Hala" for a body and nothing after it). A given name the gazetteers list,
 * then a surname of two capitalised parts joined by a hyphen, is a person's name wherever the model found the given
 * name or the two words; not where the gazetteers know a name on the surname, or on the given name and the surname's
 * first part ("Sao Paulo-Santos", a fixture), nor where another finder took the surname, nor where the second part is
 * a word for a body or a place ("Robert Koch-Institut").
 * <p>
 * A word with an apostrophe inside, which the model cuts at the apostrophe, belongs to the person's name it touches:
 * "Rawan Bataineh-Zu’bi" (the model found "Rawan Bataineh-Zu"), "Ra’ed Haddadin" (the model found "Haddadin"); not a
 * possessive's ending ("Haddadin’s", "Utrecht’s Kenji Albers").
 */
public final class DoubleBarrelledNames {

    private static final String PART = "\\p{Lu}\\p{Ll}+(?:['’]\\p{Ll}{2,})?";
    /** A space and the surname, which no further word continues: " Ichazo-Mendieta", " Bataineh-Zu’bi". */
    private static final Pattern SURNAME =
            Pattern.compile(" (" + PART + "-" + PART + ")(?![\\p{L}\\p{N}'’-])(?! \\p{Lu})");

    /**
     * Second parts of hyphenated names of bodies and places, which German writes after a person's name: "Robert
     * Koch-Institut", "Max Planck-Gesellschaft", "Konrad Adenauer-Stiftung".
     */
    private static final Set<String> BODY_WORDS = Set.of(("Institut Institute Stiftung Universität Klinik Klinikum "
                    + "Zentrum Center Centre Gesellschaft Verein Museum Haus Schule Gymnasium Preis Prize Straße Strasse "
                    + "Platz Park Werk Werke Stadion Halle Bahnhof Brücke Allee Kaserne Kolleg Akademie")
            .split(" "));

    private DoubleBarrelledNames() {}

    private static boolean namesABody(String surname) {
        return BODY_WORDS.contains(surname.substring(surname.indexOf('-') + 1));
    }

    /** The rest of a word the model cut at its apostrophe, after the name: "’bi" of "Zu’bi". */
    private static final Pattern WORD_REST = Pattern.compile("['’]\\p{Ll}{2,}(?![\\p{L}\\p{N}])");
    /** The word before a name, with an apostrophe inside, and the space after it: "Ra’ed ". */
    private static final Pattern WORD_BEFORE =
            Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Lu}\\p{Ll}*['’]\\p{Ll}{2,} $");

    private static final int MAX_WORD_BEFORE = 20;

    /** The candidates, with each such person's whole name in place of what the model made of it. */
    public static List<Span> join(
            List<Span> candidates,
            Map<ZoneName, String> zoneTexts,
            Predicate<String> givenName,
            Predicate<String> knownName) {
        List<Span> whole = Span.replacing(candidates, zoneTexts, (zone, text) -> wholeWords(zone, text, candidates));
        return Span.replacing(whole, zoneTexts, (zone, text) -> find(zone, text, whole, givenName, knownName));
    }

    /** Each person's name that the model cut at an apostrophe, with the rest of the word it cut. */
    private static List<Span> wholeWords(ZoneName zone, String text, List<Span> candidates) {
        List<Span> found = new ArrayList<>();
        for (Span span : candidates) {
            if (span.zone() != zone || span.known() != null || span.type() != EntityType.PERSON) {
                continue;
            }
            Matcher rest = WORD_REST.matcher(text).region(span.end(), text.length());
            int end = rest.lookingAt() ? rest.end() : span.end();
            Matcher before =
                    WORD_BEFORE.matcher(text).region(Math.max(0, span.start() - MAX_WORD_BEFORE), span.start());
            before.useTransparentBounds(true);
            int start = before.find() ? before.start() : span.start();
            if (start < span.start() || end > span.end()) {
                found.add(Span.found(zone, start, end, text.substring(start, end), EntityType.PERSON));
            }
        }
        return found;
    }

    private static List<Span> find(
            ZoneName zone,
            String text,
            List<Span> candidates,
            Predicate<String> givenName,
            Predicate<String> knownName) {
        List<Span> found = new ArrayList<>();
        for (Span span : candidates) {
            if (span.zone() != zone || span.known() != null || span.type() == null) {
                continue;
            }
            int space = span.text().indexOf(' ');
            String given = space < 0 ? span.text() : span.text().substring(0, space);
            if (!givenName.test(given)) {
                continue;
            }
            Matcher surname = SURNAME.matcher(text).region(span.start() + given.length(), text.length());
            if (!surname.lookingAt()
                    || namesABody(surname.group(1))
                    || space >= 0 && surname.start(1) >= span.end()
                    || surname.end() < span.end()
                    || knownName.test(text.substring(span.start(), text.indexOf('-', surname.start(1))))) {
                continue;
            }
            int end = surname.end();
            boolean samePerson = span.type() == EntityType.PERSON && end == span.end();
            if (!samePerson && !knownOrTaken(candidates, span, zone, surname)) {
                String name = text.substring(span.start(), end);
                found.add(Span.found(zone, span.start(), end, name, EntityType.PERSON));
            }
        }
        return found;
    }

    /**
     * Whether the gazetteers know a name on the surname (a name on the given name alone, "Trinidad", is the model's
     * mistake to mend), or another finder took the part of it the model's span did not reach.
     */
    private static boolean knownOrTaken(List<Span> candidates, Span span, ZoneName zone, Matcher surname) {
        int start = surname.start(1);
        int end = surname.end();
        return candidates.stream()
                .anyMatch(other -> other.zone() == zone
                        && other.start() < end
                        && start < other.end()
                        && (other.known() != null || other != span && other.start() >= span.end()));
    }
}
