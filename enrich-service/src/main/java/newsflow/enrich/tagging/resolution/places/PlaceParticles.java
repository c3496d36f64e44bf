package newsflow.enrich.tagging.resolution.places;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.mentions.boundaries.InstitutionWords;
import newsflow.enrich.tagging.text.Words;

/**
 * Towns whose Portuguese or Spanish names hold a particle in small letters, which the model cuts in two at it: "Santana
 * do Livramento" (a person's "Santana", then a place), "San Juan y Martínez" (a place, then a person's "Martínez"),
 * "Juazeiro do Norte", "Lajes do Pico". Two names side by side in one zone, with "do", "dos", "da", "das", "de", "del"
 * or "y" between them, are one place's name where the model calls one of them a place and the other a person or a
 * place, and no gazetteer knows either ("Oktoberfest de Munich" is French for the feast of a known city). A person's
 * name takes a particle too ("Tarsila do Amaral", where the model calls "Tarsila" a place), so before a name the model
 * calls a person's, the place's name is of two words or more, or one that the list of the world's place names has. Not
 * "y" between two places, a list in Spanish ("Madrid y Barcelona"), nor a body's name ("Prefeitura do Recife").
 */
public final class PlaceParticles {

    /** The particles, with a space on each side. */
    private static final Set<String> PARTICLES = Set.of(" do ", " dos ", " da ", " das ", " de ", " del ", " y ");

    /** The longest place's name joined, in words ("Vila Nova de Gaia" has four). */
    private static final int MOST_WORDS = 5;

    private PlaceParticles() {}

    /** The spans with such names joined; {@code spans} must be in zone and offset order and not overlap. */
    public static List<Span> join(List<Span> spans, Map<ZoneName, String> zoneTexts, Predicate<String> isPlaceName) {
        return Span.joiningPairs(
                spans,
                (first, second) -> isOnePlace(first, second, zoneTexts, isPlaceName)
                        ? new Span(
                                first.zone(),
                                first.start(),
                                second.end(),
                                zoneTexts.get(first.zone()).substring(first.start(), second.end()),
                                EntityType.LOCATION,
                                null,
                                MentionForm.NAME,
                                first.tokens() + 1 + second.tokens())
                        : null);
    }

    private static boolean isOnePlace(
            Span first, Span second, Map<ZoneName, String> zoneTexts, Predicate<String> isPlaceName) {
        if (first.end() >= second.start() || first.tokens() + 1 + second.tokens() > MOST_WORDS) {
            return false;
        }
        String gap = zoneTexts.get(first.zone()).substring(first.end(), second.start());
        if (!PARTICLES.contains(gap) || !placeOrPerson(first) || !placeOrPerson(second)) {
            return false;
        }
        boolean firstPlace = first.type() == EntityType.LOCATION;
        boolean secondPlace = second.type() == EntityType.LOCATION;
        String[] words = Words.of(first.text() + gap + second.text());
        return (firstPlace || secondPlace)
                && !(gap.equals(" y ") && firstPlace && secondPlace)
                && (second.type() != EntityType.PERSON || first.tokens() >= 2 || isPlaceName.test(first.text()))
                && !InstitutionWords.holdsOne(words);
    }

    /** A name of a person or a place that no gazetteer knows, capitalised. */
    private static boolean placeOrPerson(Span span) {
        return (span.type() == EntityType.LOCATION || span.type() == EntityType.PERSON)
                && span.known() == null
                && span.form() == MentionForm.NAME
                && Character.isUpperCase(span.text().codePointAt(0));
    }
}
