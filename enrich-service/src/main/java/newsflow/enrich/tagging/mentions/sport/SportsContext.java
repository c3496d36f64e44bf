package newsflow.enrich.tagging.mentions.sport;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.contract.ZoneName;

/**
 * Whether an article is about sport, where a place's name often stands for its club or team ("Hull 2 Derby 1",
 * "joined Milan from Torino", "Jan Novak (Sparta Prague)"): it uses at least three different words of sport, or
 * has a results line such as "Hull 2 Derby 1" or a line headed "SOCCER -".
 */
public final class SportsContext {

    private static final Set<String> WORDS = Set.of(
            "soccer",
            "football",
            "footballer",
            "league",
            "cup",
            "match",
            "matches",
            "fixture",
            "fixtures",
            "derby",
            "goal",
            "goals",
            "scored",
            "scorer",
            "striker",
            "midfielder",
            "defender",
            "goalkeeper",
            "coach",
            "club",
            "clubs",
            "squad",
            "champions",
            "championship",
            "tournament",
            "playoff",
            "playoffs",
            "play-off",
            "play-offs",
            "quarter-final",
            "semi-final",
            "semifinal",
            "halftime",
            "half-time",
            "kick-off",
            "penalty",
            "penalties",
            "relegation",
            "standings",
            "cricket",
            "innings",
            "wicket",
            "wickets",
            "rugby",
            "basketball",
            "baseball",
            "inning",
            "homer",
            "hockey",
            "nhl",
            "nba",
            "nfl",
            "mlb",
            "quarterback",
            "touchdown",
            "tennis",
            "golf",
            "athletics",
            "olympic",
            "olympics",
            "cycling",
            "drew",
            "stadium",
            "seeded",
            // German
            "fußball",
            "bundesliga",
            "spiel",
            "tor",
            "tore",
            "trainer",
            "stürmer",
            "mittelfeldspieler",
            "verteidiger",
            "torwart",
            "meisterschaft",
            "pokal",
            "elfmeter",
            "stadion",
            "tabelle",
            "verein",
            "mannschaft",
            "abstieg",
            "unentschieden",
            "halbzeit",
            // French
            "championnat",
            "ligue",
            "buts",
            "entraîneur",
            "attaquant",
            "milieu",
            "défenseur",
            "gardien",
            "coupe",
            "stade",
            "supporters",
            "équipe",
            "mi-temps",
            "classement",
            "relégation",
            // Spanish
            "fútbol",
            "liga",
            "partido",
            "gol",
            "goles",
            "entrenador",
            "delantero",
            "centrocampista",
            "portero",
            "copa",
            "penalti",
            "estadio",
            "afición",
            "derbi",
            "empate",
            "clasificación",
            "equipo",
            "descenso");
    /** "Hull 2 Derby 1", "Cambridge United 0 Cardiff 2": a line of two names, each with its score. */
    private static final Pattern RESULT = Pattern.compile("(?m)^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3} "
            + "\\d{1,3} \\p{Lu}[\\p{L}.'’-]*(?: \\p{L}[\\p{L}.'’-]*){0,3} \\d{1,3}(?: \\(.{0,40}\\))?\\s*$");

    private static final Pattern SPORT_HEADING = Pattern.compile(
            "(?m)^(SOCCER|FOOTBALL|TENNIS|CRICKET|RUGBY|BASKETBALL|BASEBALL|ICE HOCKEY|HOCKEY|GOLF|ATHLETICS|CYCLING"
                    + "|MOTOR RACING|BOXING|NFL|NBA|NHL)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");

    private SportsContext() {}

    public static boolean of(Map<ZoneName, String> zoneTexts) {
        Set<String> seen = new HashSet<>();
        for (String text : zoneTexts.values()) {
            if (RESULT.matcher(text).find() || SPORT_HEADING.matcher(text).find()) {
                return true;
            }
            var words = WORD.matcher(text);
            while (words.find()) {
                String word = words.group().toLowerCase(Locale.ROOT);
                if (WORDS.contains(word) && seen.add(word) && seen.size() >= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    public static boolean of(List<String> texts) {
        return of(Map.of(ZoneName.BODY, String.join("\n", texts)));
    }
}
