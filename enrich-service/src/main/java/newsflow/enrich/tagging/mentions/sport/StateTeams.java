package newsflow.enrich.tagging.mentions.sport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;

/**
 * The teams of American state universities, in an article about sport: a place the model or the gazetteers found,
 * followed by "State", is the university's team ("Nevada visit Boise State", "SAN DIEGO STATE"), where nothing found
 * runs on past it ("Boise State University" stays as found) and the gazetteers know no name on exactly its words.
 */
public final class StateTeams {

    /** "State" after the place, as written beside it (in capitals after a place in capitals), and then no more name. */
    private static final Pattern STATE = Pattern.compile("^ State(?![\\p{L}\\d]| \\p{Lu})");

    private static final Pattern STATE_IN_CAPITALS = Pattern.compile("^ STATE(?![\\p{L}\\d])");

    private StateTeams() {}

    /** The candidates, with each place's name before "State" joined to it as a team. */
    public static List<Span> join(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        List<Span> teams = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Span span : candidates) {
            if (span.type() != EntityType.LOCATION && span.type() != EntityType.COUNTRY) {
                continue;
            }
            String text = zoneTexts.get(span.zone());
            String after = text.substring(span.end(), Math.min(text.length(), span.end() + 8));
            boolean capitals = span.text().equals(span.text().toUpperCase(Locale.ROOT));
            if (!(capitals ? STATE_IN_CAPITALS : STATE).matcher(after).find()) {
                continue;
            }
            int end = span.end() + " State".length();
            Span team = Span.found(
                    span.zone(), span.start(), end, text.substring(span.start(), end), EntityType.ORGANIZATION);
            if (!team.crossedBy(candidates) && taken.add(span.zone() + ":" + span.start())) {
                teams.add(team);
            }
        }
        return Span.replacing(candidates, teams);
    }
}
