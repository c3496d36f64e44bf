package newsflow.enrich.tagging.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.gazetteer.Gazetteer;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Words;

/**
 * Places the model calls people, told by the words around them: a town, a province or an island whose name the
 * model has not seen often reads to it as a surname ("cooperatives in Sfax, Kairouan and Sidi Bouzid", "at her home
 * in Almada", "growers in Mato Grosso and Goiás"). A name the model calls a person, that no gazetteer knows and that
 * does not begin with a given name, is a place
 * <ul>
 * <li>in a list with a place: joined to a place by "and", "or" or a comma inside the list ("Bodø, Tromsø and
 * Hammerfest"), not in an apposition ("the ambassador in Tbilisi, Kristīne Ozola, said");</li>
 * <li>after "in", "near", "outside", "around" or "across", where no possessive or other name follows it ("in
 * Almada.", not "in Smith’s view").</li>
 * </ul>
 */
final class PlaceContexts {

    /** A list's next member after a name: a joiner, then a capitalised word. */
    private static final Pattern LIST_GOES_ON = Pattern.compile("(?:, |,? and |,? or )\\p{Lu}");

    /** A preposition that puts the name after it in a place: "in", "near", "outside" … */
    static final Pattern PLACE_PREPOSITION = Pattern.compile("\\b(?:in|near|outside|around|across) \\z");
    /** What may follow a place after a preposition: the end of the clause or a word in small letters. */
    private static final Pattern AFTER_PLACE = Pattern.compile("^(?:[,.;:!?)]|\\s+\\p{Ll}|\\s*$)");

    private static final int BEFORE = 10;
    private static final int LONGEST_JOINER = ", and ".length();

    private PlaceContexts() {}

    static List<Span> retype(List<Span> spans, Map<ZoneName, String> zoneTexts, Gazetteer gazetteer) {
        List<Span> retyped = new ArrayList<>(spans.size());
        for (Span span : spans) {
            String zoneText = zoneTexts.get(span.zone());
            boolean place = mayBePlace(span, gazetteer)
                    && (listedWithPlace(span, spans, zoneText) || afterPlacePreposition(span, zoneText));
            retyped.add(place ? span.as(EntityType.LOCATION, null, span.form()) : span);
        }
        return retyped;
    }

    /** A person's name the model found, no gazetteer knows, of one to three capitalised words, no given name first. */
    private static boolean mayBePlace(Span span, Gazetteer gazetteer) {
        if (span.type() != EntityType.PERSON || span.known() != null || span.tokens() > 3) {
            return false;
        }
        String[] words = Words.of(span.text());
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return !gazetteer.isGivenName(words[0].split("-")[0]);
    }

    private static boolean listedWithPlace(Span span, List<Span> spans, String zoneText) {
        for (Span other : spans) {
            if (other == span
                    || other.zone() != span.zone()
                    || other.form() == MentionForm.DEMONYM
                    || other.type() != EntityType.LOCATION && other.type() != EntityType.COUNTRY) {
                continue;
            }
            if (listed(zoneText, other, span) || listed(zoneText, span, other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two names stand side by side in a list: joined by "and" or "or"; by a comma where the list goes on
     * after the second ("Sfax, Kairouan and", not the apposition "in Tbilisi, Kristīne Ozola, said"); by a comma and
     * "and" where a comma comes before the first ("Bodø, Tromsø, and Hammerfest", not "at Gojek, and Melati").
     */
    private static boolean listed(String zoneText, Span first, Span second) {
        if (first.end() >= second.start() || second.start() - first.end() > LONGEST_JOINER) {
            return false;
        }
        String joiner = zoneText.substring(first.end(), second.start());
        if (joiner.equals(" and ") || joiner.equals(" or ")) {
            return true;
        }
        if (joiner.equals(", ")) {
            return LIST_GOES_ON.matcher(zoneText.substring(second.end())).lookingAt();
        }
        if (joiner.equals(", and ") || joiner.equals(", or ")) {
            return first.start() >= 2 && zoneText.startsWith(", ", first.start() - 2);
        }
        return false;
    }

    private static boolean afterPlacePreposition(Span span, String zoneText) {
        String before = zoneText.substring(Math.max(0, span.start() - BEFORE), span.start());
        String after = zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + 3));
        return PLACE_PREPOSITION.matcher(before).find()
                && AFTER_PLACE.matcher(after).find();
    }
}
