package newsflow.enrich.tagging.mentions.sport;

import java.util.regex.Pattern;
import newsflow.enrich.tagging.mentions.Span;

/**
 * Words around a place's name that make it the club named after it, in an article about sport: a score next to it
 * ("Marseille s'est imposé 2-1 face à Lens", "Hull 2-1 Derby") or a player's name after its possessive
 * ("Birmingham's Gary Breen"), unless a preposition of place precedes it ("in Toronto"), or, in Spanish, the
 * masculine article that clubs take and cities do not ("el Sevilla", "El Sevilla venció", "del Valencia", "al
 * Betis").
 */
public final class ClubContext {

    private static final Pattern SCORE = Pattern.compile("(?<![\\d.,])\\d{1,2} ?[-–:] ?\\d{1,2}(?![\\d.,:])");
    private static final Pattern SPANISH_ARTICLE = Pattern.compile("(?:^|[^\\p{L}])(?:[Ee]l|del|al) $");
    /** A preposition of place right before the name: the place itself ("in Toronto", "en Sevilla", "nach Wien"). */
    private static final Pattern PLACE_PREPOSITION =
            Pattern.compile("(?:^|[^\\p{L}])(?:in|In|at|At|en|En|nach|Nach|aus|Aus)\\s$");

    /** A preposition that puts what follows it in a place: "born in Accrington", "near Valencia". */
    private static final Pattern IN_PLACE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:in|In|near|Near|outside|Outside|around|across|en|En|nach|Nach|im|Im)\\s$");

    /** A player of the club named after its possessive: "Birmingham's Gary Breen was selected". */
    private static final Pattern PLAYER_AFTER = Pattern.compile("^ ?['’]s \\p{Lu}[\\p{L}'’-]+ \\p{Lu}");

    private static final int NEAR = 40;

    /**
     * What only a club has or does, right after its place's name: its coach, captain, players or fans after the
     * possessive ("Zakho’s coach", "Erbil’s captain"), or a verb in the plural, as clubs take and places do not
     * ("Zakho have won nine of their eleven home games", "San Ġiljan take the title").
     */
    private static final Pattern CLUB_ONLY = Pattern.compile("^(?:['’]s (?:(?:new|head|assistant|interim|former|"
            + "long-serving|veteran|young|travelling|home|away) )?(?:coach|coaches|manager|captain|goalkeeper|keeper|"
            + "striker|strikers|forward|forwards|defender|defenders|midfielder|midfielders|winger|players|squad|"
            + "fans|supporters|ultras|bench|line-?up|back line|back four|goalscorer|top scorer|playmaker|"
            + "coaching staff|dressing room)\\b"
            + "| (?:have|are|were) (?:won|lost|drawn|beaten|unbeaten|scored|conceded|signed|appointed|sacked|"
            + "played|not won|not lost|yet to|never won|already won)\\b)");

    private ClubContext() {}

    public static boolean saysClub(Span place, String zoneText) {
        String before = zoneText.substring(Math.max(0, place.start() - NEAR), place.start());
        String after = zoneText.substring(place.end(), Math.min(zoneText.length(), place.end() + NEAR));
        if (SPANISH_ARTICLE.matcher(before).find()) {
            return true;
        }
        if (PLACE_PREPOSITION.matcher(before).find()) {
            return false;
        }
        if (PLAYER_AFTER.matcher(after).find()) {
            return true;
        }
        return SCORE.matcher(sentencePart(before, true)).find()
                || SCORE.matcher(sentencePart(after, false)).find();
    }

    /**
     * Whether the words right after the place's name are what only a club has or does: "Zakho’s coach", "Zakho have
     * won"; for a place no gazetteer knows a club of.
     */
    public static boolean namesAClub(Span place, String zoneText) {
        String after = zoneText.substring(place.end(), Math.min(zoneText.length(), place.end() + NEAR));
        return CLUB_ONLY.matcher(after).lookingAt();
    }

    /**
     * Whether the place's name follows "in", "near" and the like, and is not a possessive: "born in Accrington" is the
     * town, "in Barcelona’s win" the club.
     */
    public static boolean inPlace(Span place, String zoneText) {
        String before = zoneText.substring(Math.max(0, place.start() - NEAR), place.start());
        String after = zoneText.substring(place.end(), Math.min(zoneText.length(), place.end() + 2));
        return IN_PLACE.matcher(before).find() && !after.startsWith("’s") && !after.startsWith("'s");
    }

    /** The part of the text before (or after) the name that is in the same sentence. */
    private static String sentencePart(String text, boolean before) {
        if (before) {
            int end = Math.max(text.lastIndexOf(". "), text.lastIndexOf('\n'));
            return end < 0 ? text : text.substring(end + 1);
        }
        int stop = text.indexOf(". ");
        int line = text.indexOf('\n');
        int end = stop < 0 ? line : line < 0 ? stop : Math.min(stop, line);
        return end < 0 ? text : text.substring(0, end);
    }
}
