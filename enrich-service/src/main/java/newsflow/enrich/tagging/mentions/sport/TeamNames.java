package newsflow.enrich.tagging.mentions.sport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.enrich.tagging.mentions.Span;

/**
 * The teams an article about sport names in full by their place and a nickname ("the Denver Nuggets", "Glasgow
 * Warriors", "the Kansas City Chiefs") or their club's abbreviation ("HC Davos", "Lausanne HC"), and then by the place
 * alone: "Tre Whitcomb led Denver with 29 points", "Denver (33-21) fell", "face Glasgow again". There the place is that
 * team, unless a preposition of place comes before it ("back in Denver", "flown in from Kansas City", "the west end of
 * Glasgow") or a region after it ("Denver, Colorado"). A place that begins the names of two teams in the article
 * ("Manchester United", "Manchester City") names neither.
 */
public final class TeamNames {

    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:in|at|from|to|into|near|"
            + "outside|of|around|across|through|towards?|via|en|nach|aus|à|au|de|dans)\\s$");
    private static final Pattern REGION_AFTER = Pattern.compile("^, \\p{Lu}");

    /**
     * The abbreviations of a club's kind that end its name: "Lausanne HC", "Viborg FF", "Valencia CF", "Tromsø IL";
     * "SC" and "IL" also end places' names, as US states ("Columbia SC", "Springfield IL").
     */
    private static final String CLUB_SUFFIXES_PLACES_END_WITH = "SC|IL";

    private static final String CLUB_SUFFIXES = "FC|AFC|CF|IF|HF|HC|BK|FK|SK|FF|GIF";
    /** The abbreviations of a club's kind that begin its name: "HC Davos", "FC Basel", "SK Brann", "VfB Stuttgart". */
    private static final Pattern CLUB_PREFIX =
            Pattern.compile("FC|SC|AFC|HC|BK|FK|SK|AC|AS|CD|SD|UD|RC|SV|VfB|VfL|TSV|EHC|EV|IFK|KV|KRC|AIK");

    private static final Pattern CLUB_SUFFIX = Pattern.compile(CLUB_SUFFIXES);

    /**
     * The word after the place in a team's name: a nickname in the plural ("Nuggets", "Warriors"), one of the
     * singular ones, or a club's word ("United", "County", "FC"); not a business's plural ("Holdings", "Airways").
     */
    private static final Pattern NICKNAME = Pattern.compile("(?!(?:Holdings|Partners|Securities|Systems|Studios|"
            + "Industries|Airways|Airlines|Ports|Works|Games|Services|Times|News|Resources|Minerals|Metals|Foods|"
            + "Technologies|Sciences|Ventures|Labs|Estates|Properties|Homes)$)\\p{Lu}\\p{Ll}+s|Wild|Heat|Magic|"
            + "Thunder|Jazz|Fire|Galaxy|Storm|Fever|Sky|Dream|Lightning|Avalanche|Kraken|United|City|County|Town|"
            + "Athletic|Albion|" + CLUB_SUFFIXES + "|" + CLUB_SUFFIXES_PLACES_END_WITH);

    private static final int NEAR = 20;

    /** Each place a team's name begins with, to that team's name; null where two teams begin with it. */
    private final Map<String, Span> byPlace = new HashMap<>();

    private TeamNames(List<Span> candidates) {
        for (Span team : candidates) {
            int space = team.text().lastIndexOf(' ');
            if (team.type() != EntityType.ORGANIZATION || team.tokens() < 2 || team.tokens() > 3 || space < 0) {
                continue;
            }
            if (NICKNAME.matcher(team.text().substring(space + 1)).matches()) {
                byPlace.merge(team.text().substring(0, space), team, TeamNames::either);
            }
            int first = team.text().indexOf(' ');
            if (CLUB_PREFIX.matcher(team.text().substring(0, first)).matches()) {
                byPlace.merge(team.text().substring(first + 1), team, TeamNames::either);
            }
        }
    }

    /** Whether the words of a name begin or end with the abbreviation of a club's kind: "FC Basel", "Lausanne HC". */
    public static boolean hasClubAbbreviation(String[] words) {
        return words.length >= 2
                && (CLUB_PREFIX.matcher(words[0]).matches()
                        || CLUB_SUFFIX.matcher(words[words.length - 1]).matches());
    }

    public static TeamNames of(List<Span> candidates) {
        return new TeamNames(candidates);
    }

    /** The team a place's name stands for where it is, if the article names one after it. */
    public Optional<Span> team(Span place, String zoneText) {
        Span team = byPlace.get(place.text());
        if (team == null || team.overlaps(place)) {
            return Optional.empty();
        }
        String before = zoneText.substring(Math.max(0, place.start() - NEAR), place.start());
        String after = zoneText.substring(place.end(), Math.min(zoneText.length(), place.end() + 3));
        if (PLACE_BEFORE.matcher(before).find() || REGION_AFTER.matcher(after).find()) {
            return Optional.empty();
        }
        return Optional.of(team);
    }

    /** Of two names of the same team, the one the gazetteers know; of two teams' names, none. */
    private static Span either(Span one, Span other) {
        boolean same = one.text().equals(other.text())
                || one.known() != null
                        && other.known() != null
                        && one.known().id().equals(other.known().id());
        if (!same) {
            return null;
        }
        return one.known() != null ? one : other;
    }
}
