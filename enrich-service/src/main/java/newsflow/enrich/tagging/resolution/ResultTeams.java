package newsflow.enrich.tagging.resolution;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.mentions.credits.Datelines;
import newsflow.enrich.tagging.resolution.places.PlaceContexts;

/**
 * Teams by their results. In an article about sport, a name with its score beside another name with its score ("Kerry
 * 1-17 Tyrone 0-18", "Glasgow Warriors 27 Munster 24", "Georgia 27, Alabama 24"), or two names, not both in capitals, with
 * the score between them ("Haukar 33–32 ÍBV"; not "ENGLAND 100-2 AT LUNCH", nor betting odds, where a number stands
 * before or after the names too: "40-1 Carlos Secretario 28-1 Sergi Barjuan"), is a team, and so is that name where
 * the article writes it alone elsewhere, except after "in", "near" and the like and in a dateline ("NEW YORK
 * 1996-08-30" above "NEW YORK 5 Kansas City 3"): the model takes county and province teams named like people ("Kerry",
 * "Tyrone", "Munster") for persons. A country stays the country (a national team is its country), and a name already
 * found as an organisation keeps what it was found as. In a race's ranked results, in any article, the name after a
 * driver's or a rider's country is their team ("1. Alex Zanardi ( Italy ) , Reynard Honda , 53.980"). A line of
 * scorers is no result: "L. Tsoukalas 3, C. Hindmarsh 2" names players by their initials.
 */
final class ResultTeams {

    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}";
    private static final String SCORE = "(?:\\d{1,2}[-–]\\d{1,2}|\\d{1,3})";
    private static final Pattern RESULT = Pattern.compile("(?<![\\p{L}\\p{N}])(" + NAME + ") " + SCORE
            + ",? (?:v |– |- )?(" + NAME + ") " + SCORE + "(?![\\p{L}\\p{N}]|[.,:]\\d)");
    /** A result with the score between the names: "Haukar 33–32 ÍBV", "Valur 29-24 FH". */
    private static final Pattern SCORE_BETWEEN =
            Pattern.compile("(?<![\\p{L}\\p{N}])(" + NAME + ") \\d{1,3}[-–]\\d{1,3} (" + NAME + ")(?![\\p{L}\\p{N}])");

    /**
     * A name that begins with an initial, a player's in a line of scorers and their goals ("Goals — Norwood: L.
     * Tsoukalas 3, C. Hindmarsh 2"), not a team's.
     */
    private static final Pattern INITIALLED = Pattern.compile("\\p{Lu}\\. \\p{Lu}");

    /**
     * A ranked line of a race's results: the rank, the driver or rider, their country in brackets, then their team
     * ("1. Alex Zanardi ( Italy ) , Reynard Honda , 53.980", "9. Robbie McEwen (Australia) Rabobank"): group 1.
     */
    private static final Pattern RANKED_TEAM =
            Pattern.compile("(?m)^\\d{1,3}\\. [^()\\n]{3,60}? \\( ?[^()\\n]{2,30}? ?\\)"
                    + " ?,? (\\p{Lu}[\\p{L}.'’&-]*(?: \\p{Lu}[\\p{L}.'’&-]*){0,3})(?= ?,| \\d|[ \\t]*$)");

    private ResultTeams() {}

    static List<Span> retype(List<Span> spans, Map<ZoneName, String> zoneTexts, boolean sports) {
        spans = rankedTeams(spans, zoneTexts);
        if (!sports) {
            return spans;
        }
        Set<String> teams = new HashSet<>();
        zoneTexts.values().forEach(text -> {
            Matcher result = RESULT.matcher(text);
            while (result.find()) {
                if (!INITIALLED.matcher(result.group(1)).lookingAt()
                        && !INITIALLED.matcher(result.group(2)).lookingAt()) {
                    teams.add(result.group(1));
                    teams.add(result.group(2));
                }
            }
            Matcher between = SCORE_BETWEEN.matcher(text);
            while (between.find()) {
                boolean odds = between.start() >= 2
                                && Character.isDigit(text.charAt(between.start() - 2))
                                && text.charAt(between.start() - 1) == ' '
                        || between.end() + 1 < text.length()
                                && text.charAt(between.end()) == ' '
                                && Character.isDigit(text.charAt(between.end() + 1));
                if (!odds && (!inCapitals(between.group(1)) || !inCapitals(between.group(2)))) {
                    teams.add(between.group(1));
                    teams.add(between.group(2));
                }
            }
        });
        if (teams.isEmpty()) {
            return spans;
        }
        return spans.stream()
                .map(span -> isTeam(span, teams, zoneTexts.get(span.zone()))
                        ? span.as(EntityType.ORGANIZATION, null, MentionForm.NAME)
                        : span)
                .toList();
    }

    /** The teams of a race's ranked results, which the model takes for people ("Reynard Honda"), as organisations. */
    private static List<Span> rankedTeams(List<Span> spans, Map<ZoneName, String> zoneTexts) {
        Set<List<Object>> teams = new HashSet<>();
        zoneTexts.forEach((zone, text) -> {
            Matcher team = RANKED_TEAM.matcher(text);
            while (team.find()) {
                teams.add(List.of(zone, team.start(1), team.end(1)));
            }
        });
        if (teams.isEmpty()) {
            return spans;
        }
        return spans.stream()
                .map(span -> span.known() == null
                                && span.type() != EntityType.ORGANIZATION
                                && teams.contains(List.of(span.zone(), span.start(), span.end()))
                        ? span.as(EntityType.ORGANIZATION, null, MentionForm.NAME)
                        : span)
                .toList();
    }

    /** Whether a name is written in capitals, as a headline's words are ("ENGLAND 100-2 AT LUNCH"). */
    private static boolean inCapitals(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT));
    }

    private static boolean isTeam(Span span, Set<String> teams, String zoneText) {
        return teams.contains(span.text())
                && (span.type() == EntityType.PERSON || span.type() == EntityType.LOCATION)
                && !Datelines.isPlace(span, zoneText)
                && !PlaceContexts.PLACE_PREPOSITION
                        .matcher(zoneText.substring(Math.max(0, span.start() - 8), span.start()))
                        .find();
    }
}
