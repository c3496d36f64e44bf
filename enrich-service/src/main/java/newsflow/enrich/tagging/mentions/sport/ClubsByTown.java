package newsflow.enrich.tagging.mentions.sport;

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
 * Clubs named by a word of their own and then their town, as clubs are in much of Europe ("Primorac Kotor", "Sigal
 * Prishtina", "Petrocub Hîncești", "Jadran Herceg Novi"), which the model takes for people's names: in an article
 * about sport, a name the model calls a person's whose words after the first (after "de" or "del" in Spanish and
 * Portuguese: "Vaqueros de Bayamón") are a town's, city's or region's name,
 * and whose first word is no given name and no place, is a club's where the article also writes that first word
 * alone ("Primorac had led 8-6") or a score stands beside the name ("after beating Sigal Prishtina 84-77"). People
 * whose surname is a town keep their names: where their given name is listed ("Washington Lima", "Milan Kotor"),
 * and where neither sign is there ("Duffy Waldorf, who also tied for second"; an article names a person by the
 * surname, not the given name).
 */
public final class ClubsByTown {

    /** A club's own word: one capitalised word in small letters after the first, no hyphen. */
    private static final Pattern OWN_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{2,}");
    /** What joins the own word to the town in Spanish and Portuguese: "Vaqueros de Bayamón", "Leones del Caracas". */
    private static final Pattern JOINER = Pattern.compile("^(?:de la|de|del|do|da) (?=\\p{Lu})");

    private ClubsByTown() {}

    /** The candidates, with the clubs named after their towns as organisations. */
    public static List<Span> retype(List<Span> candidates, Map<ZoneName, String> zoneTexts, Gazetteer gazetteer) {
        List<Span> result = new ArrayList<>(candidates.size());
        for (Span span : candidates) {
            boolean club = isClubsName(span, gazetteer) && saysClub(span, zoneTexts);
            result.add(club ? span.as(EntityType.ORGANIZATION, null, MentionForm.NAME) : span);
        }
        return result;
    }

    private static boolean isClubsName(Span span, Gazetteer gazetteer) {
        if (span.known() != null || span.type() != EntityType.PERSON || span.tokens() < 2 || span.tokens() > 3) {
            return false;
        }
        return isOwnWordAndTown(span.text(), gazetteer);
    }

    /**
     * Whether a name of two or three words is a word of its own, no given name, no place, no acronym, and then a town's
     * name: the shape of "Primorac Kotor", not of "Iván Guadalajara", "AEK Larnaca" or "Al-Ahly Benghazi".
     */
    public static boolean isOwnWordAndTown(String name, Gazetteer gazetteer) {
        String own = Words.of(name)[0];
        String town = JOINER.matcher(name.substring(own.length()).strip()).replaceFirst("");
        return OWN_WORD.matcher(own).matches()
                && !gazetteer.isGivenName(own)
                && !isPlace(own, gazetteer)
                && isPlace(town, gazetteer);
    }

    /** Whether the article writes the club's own word without its town, or a score stands beside the name. */
    private static boolean saysClub(Span span, Map<ZoneName, String> zoneTexts) {
        String own = Words.of(span.text())[0];
        Pattern alone = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(own) + "(?![\\p{L}\\p{N}])(?! "
                + Pattern.quote(span.text().substring(own.length()).strip()) + ")");
        return zoneTexts.values().stream().anyMatch(text -> alone.matcher(text).find())
                || ClubContext.saysClub(span, zoneTexts.get(span.zone()));
    }

    /** Whether the gazetteers know the name as a place's, with an id or in the list of towns' names. */
    public static boolean isPlace(String name, Gazetteer gazetteer) {
        return gazetteer.isPlaceName(name)
                || gazetteer
                        .lookup(name)
                        .filter(e -> e.type() == EntityType.LOCATION)
                        .isPresent();
    }
}
