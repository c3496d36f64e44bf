package newsflow.enrich.tagging.mentions.sport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;

/**
 * The teams of a round-up of other results, in an article about sport: "Elsewhere on Sunday: Raków Częstochowa 1 Piast
 * Gliwice 1; Korona Kielce 2 Widzew Łódź 0." Each result, a name with its score and another name with its score between
 * a colon, a semicolon or a line's start and a semicolon, a full stop or a line's end, names two teams (not with a
 * comma between, as a batting card's "Menon-Garza 44, Sandoval-Iyer 31", nor in capitals, as a headline's, nor a
 * table's dates, "Aug 27 Aug 26"); where the
 * model found nothing there, or only a part of the name ("Toronto" of "Toronto Argonauts"), the whole name is a team's.
 * A name a mention already covers whole stays as it was found, and so does a name with a country's in it (a national
 * team is its country).
 */
public final class ResultLines {

    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3}";
    private static final Pattern RESULT =
            Pattern.compile("(?m)(?:^|(?<=[:;] ))(" + NAME + ") \\d{1,3} (" + NAME + ") \\d{1,3}(?=[;.]?(?: |$))");
    private static final Pattern SMALL_LETTER = Pattern.compile("\\p{Ll}");
    /** A month's name or its abbreviation, which dates in a table put before a day: "Aug 27 Aug 26". */
    private static final Pattern MONTH = Pattern.compile("(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
            + "\\.?|January|February|March|April|June|July|August|September|October|November|December");

    private ResultLines() {}

    /** The candidates, with the teams of each round-up result no candidate names whole. */
    public static List<Span> add(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        List<Span> teams = new ArrayList<>();
        zoneTexts.forEach((zone, text) -> {
            Matcher result = RESULT.matcher(text);
            while (result.find()) {
                if (!SMALL_LETTER.matcher(result.group(1)).find()
                        || !SMALL_LETTER.matcher(result.group(2)).find()
                        || MONTH.matcher(result.group(1)).matches()
                        || MONTH.matcher(result.group(2)).matches()) {
                    continue; // a headline in capitals ("INDIANA STUNS NO. 4 PURDUE AS PRYOR SCORES 31"), dates
                }
                for (int group = 1; group <= 2; group++) {
                    teams.add(Span.found(
                            zone,
                            result.start(group),
                            result.end(group),
                            result.group(group),
                            EntityType.ORGANIZATION));
                }
            }
        });
        if (teams.isEmpty()) {
            return candidates;
        }
        List<Span> all = new ArrayList<>(candidates);
        for (Span team : teams) {
            List<Span> inside = candidates.stream().filter(team::overlaps).toList();
            boolean within = inside.stream()
                    .allMatch(span -> span.start() >= team.start()
                            && span.end() <= team.end()
                            && !span.sameStretch(team)
                            && span.type() != EntityType.COUNTRY);
            if (within) {
                all.removeAll(inside);
                all.add(team);
            }
        }
        return all;
    }
}
