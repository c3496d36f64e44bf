package newsflow.enrich.tagging.mentions.sport;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsflow.contract.EntityType;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Words;

/**
 * The teams an article about sport names in full by their place and a nickname ("the Denver Nuggets", "Glasgow
 * Warriors", "the Kansas City Chiefs") or their club's abbreviation ("HC Davos", "Lausanne HC"), and then by the place
 * alone: "Tre Whitcomb led Denver with 29 points", "Denver (33-21) fell", "face Glasgow again". There the place is that
 * team, unless a preposition of place comes before it ("back in Denver", "flown in from Kansas City", "the west end of
 * Glasgow") or a region after it ("Denver, Colorado"). A place that begins the names of two teams in the article
 * ("Manchester United", "Manchester City") names neither. So does a club's town in the genitive ("Edsbyns IF":
 * "Edsbyn"), and the town after a club's own word ("Sigal Prishtina": "Prishtina").
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

    private static final Pattern STADE_CLUB = Pattern.compile("Stade \\p{Lu}\\p{Ll}+(?:ais|ois|ain)");

    /** A club's word after its place, no nickname: "United", "County", "FC". */
    private static final String CLUB_WORDS =
            "United|City|County|Town|Athletic|Albion|" + CLUB_SUFFIXES + "|" + CLUB_SUFFIXES_PLACES_END_WITH;

    /**
     * The abbreviations after a Swedish, Norwegian or Danish club's name, which puts its town in the genitive:
     * "Edsbyns IF", "Djurgårdens IF", "Sandvikens GIF" are "Edsbyn", "Djurgården", "Sandviken".
     */
    private static final Pattern SCANDINAVIAN_SUFFIX = Pattern.compile("IF|BK|SK|FF|GIF");

    /** The nicknames in the singular: "Minnesota Wild", "Miami Heat", "Manchester Thunder", "London Pulse". */
    private static final String SINGULAR_NICKNAMES =
            "Wild|Heat|Magic|Thunder|Jazz|Fire|Galaxy|Storm|Fever|Sky|Dream|Lightning|Avalanche|Kraken|Pulse|Fury|Surge";

    private static final Pattern SINGULAR_NICKNAME = Pattern.compile(SINGULAR_NICKNAMES);

    /** A club's own word after its town: capitalised, in letters ("Kärpät", "JymyJussit"). */
    private static final Pattern OWN_WORD = Pattern.compile("\\p{Lu}\\p{L}{2,}");

    /** Plurals that end places' names, not teams': "Cayman Islands", "Blue Mountains", "Victoria Falls". */
    private static final Set<String> PLACES_PLURALS = Set.of(("Islands Isles Mountains Hills Falls Heights Highlands "
                    + "Lowlands Lakes Springs Plains Gardens Keys Downs Fields Woods Sands Docks Waters Flats Narrows "
                    + "Alps Cliffs Caves Glens Dales Marshes Wetlands Meadows Towers Villas Estates Barracks Banks "
                    + "Shoals Rocks Peaks Ranges Forests Valleys Steppes Dunes Ghats Territories Provinces States")
            .split(" "));

    /**
     * The word after the place in a team's name: a nickname in the plural ("Nuggets", "Warriors"), one of the
     * singular ones, or a club's word ("United", "County", "FC"); not a business's plural ("Holdings", "Airways").
     */
    private static final Pattern NICKNAME = Pattern.compile("(?!(?:Holdings|Partners|Securities|Systems|Studios|"
            + "Industries|Airways|Airlines|Ports|Works|Games|Services|Times|News|Resources|Minerals|Metals|Foods|"
            + "Technologies|Sciences|Ventures|Labs|Estates|Properties|Homes)$)\\p{Lu}\\p{Ll}+s|Wild|Heat|Magic|"
            + SINGULAR_NICKNAMES + "|" + CLUB_WORDS);

    private static final Pattern CLUB_WORD = Pattern.compile(CLUB_WORDS);

    private static final int NEAR = 20;

    /** Each place a team's name begins with, to that team's name; null where two teams begin with it. */
    private final Map<String, Span> byPlace = new HashMap<>();

    private TeamNames(List<Span> candidates, Predicate<String> ownWordAndTown) {
        for (Span team : candidates) {
            int space = team.text().lastIndexOf(' ');
            if (team.type() != EntityType.ORGANIZATION || team.tokens() < 2 || team.tokens() > 3 || space < 0) {
                continue;
            }
            String last = team.text().substring(space + 1);
            if (NICKNAME.matcher(last).matches()) {
                String place = team.text().substring(0, space);
                byPlace.merge(place, team, TeamNames::either);
                if (SCANDINAVIAN_SUFFIX.matcher(last).matches() && place.endsWith("s") && place.indexOf(' ') < 0) {
                    byPlace.merge(place.substring(0, place.length() - 1), team, TeamNames::either);
                }
            }
            int first = team.text().indexOf(' ');
            String rest = team.text().substring(first + 1);
            if (CLUB_PREFIX.matcher(team.text().substring(0, first)).matches()
                    || team.known() == null && ownWordAndTown.test(team.text())) {
                byPlace.merge(rest, team, TeamNames::either);
            }
        }
    }

    /**
     * Whether a word is a team's nickname in the plural ("Chiefs", "Warriors") or one of the singular ones ("Wild",
     * "Heat"); not a club's word or abbreviation ("United", "FC") nor a business's plural ("Holdings").
     */
    public static boolean isNickname(String word) {
        return NICKNAME.matcher(word).matches() && !CLUB_WORD.matcher(word).matches();
    }

    /**
     * The names the model takes for people's or places' that are a place's and a nickname, in an article about sport:
     * "Manchester Thunder", "London Pulse", "Kathmandu Gurkhas" are teams. A name the model takes for a person's needs
     * a nickname in the singular: "Jordan Banks", "Sydney Evans" are people's names too. A Finnish club's own word
     * alone is the club where the article names it in full ("Kärpät" after "Oulun Kärpät").
     */
    public static List<Span> townTeams(List<Span> spans, Predicate<String> isPlaceName, Predicate<String> isGivenName) {
        Set<String> names = spans.stream().map(Span::text).collect(Collectors.toSet());
        Predicate<String> townOfTheArticle = name -> names.contains(name) && isPlaceName.test(name);
        Set<String> ownWords = spans.stream()
                .filter(span -> span.known() == null && isFinnishTownsTeam(span.text(), townOfTheArticle, isGivenName))
                .map(span -> Words.of(span.text())[1])
                .collect(Collectors.toSet());
        return spans.stream()
                .map(span -> span.known() == null
                                && (isTownTeam(span, isPlaceName, townOfTheArticle, isGivenName)
                                        || span.tokens() == 1 && ownWords.contains(span.text()))
                        ? span.as(EntityType.ORGANIZATION, null, span.form())
                        : span)
                .toList();
    }

    private static boolean isTownTeam(
            Span span,
            Predicate<String> isPlaceName,
            Predicate<String> townOfTheArticle,
            Predicate<String> isGivenName) {
        String name = span.text();
        int space = name.lastIndexOf(' ');
        if (space > 0 && isFinnishTownsTeam(name, townOfTheArticle, isGivenName)) {
            return true;
        }
        if (space <= 0 || !isPlaceName.test(name.substring(0, space))) {
            return false;
        }
        String nickname = name.substring(space + 1);
        return span.type() == EntityType.PERSON
                        && SINGULAR_NICKNAME.matcher(nickname).matches()
                || span.type() == EntityType.LOCATION
                        && isNickname(nickname)
                        && !nickname.endsWith("ss") // "Hisor Fortress"
                        && !PLACES_PLURALS.contains(nickname);
    }

    /**
     * Whether the name is a Finnish club's: its town in the genitive and a word of its own ("Oulun Kärpät", "Sotkamon
     * Jymy", "Seinäjoen JymyJussit", "Tampereen Ilves"), which the model takes for a person's or a place's; not where
     * the first word is a given name too, and only where the article names the town itself ("Oulu"), as a report of a
     * Finnish game does and a person's name with a first word like a genitive does not ("Dauren Zhaksylykov").
     */
    private static boolean isFinnishTownsTeam(
            String name, Predicate<String> townOfTheArticle, Predicate<String> isGivenName) {
        String[] words = name.split(" ");
        return words.length == 2
                && OWN_WORD.matcher(words[1]).matches()
                && !isGivenName.test(words[0]) // "Rohan Iyer", "Dauren Zhaksylykov"
                && FinnishGenitives.stems(words[0]).stream().anyMatch(townOfTheArticle);
    }

    /**
     * Whether the words around a place's name keep it the place in an article about sport: a preposition of place
     * right before it ("back to Skellefteå", "west of Winnipeg", "KANSAS CITY AT DETROIT"; not "beat the Gigantes"),
     * a region after it ("Denver, Colorado"), or a dateline's capitals at the start of a line ("PATNA —
     * With eleven seconds left").
     */
    public static boolean keepsThePlace(Span place, String zoneText) {
        boolean dateline = (place.start() == 0 || zoneText.charAt(place.start() - 1) == '\n')
                && place.text().equals(place.text().toUpperCase(Locale.ROOT));
        return dateline || placedByWordsAround(place, zoneText);
    }

    /** A preposition of place right before the place's name, or a region after it. */
    private static boolean placedByWordsAround(Span place, String zoneText) {
        String before = zoneText.substring(Math.max(0, place.start() - NEAR), place.start());
        String after = zoneText.substring(place.end(), Math.min(zoneText.length(), place.end() + 3));
        return PLACE_BEFORE.matcher(before).find()
                || REGION_AFTER.matcher(after).find();
    }

    /**
     * Whether a name is a French club's named by "Stade" and its town's adjective ("Stade Toulousain", "Stade Rennais",
     * "Stade Brestois"), not a stadium ("Stade de France", "Stade Pierre-Mauroy").
     */
    public static boolean isStadeClub(String name) {
        return STADE_CLUB.matcher(name).matches();
    }

    /** Whether the words of a name begin or end with the abbreviation of a club's kind: "FC Basel", "Lausanne HC". */
    public static boolean hasClubAbbreviation(String[] words) {
        return words.length >= 2
                && (CLUB_PREFIX.matcher(words[0]).matches()
                        || CLUB_SUFFIX.matcher(words[words.length - 1]).matches());
    }

    /**
     * The teams the candidates name: by a place and a nickname or a club's abbreviation, or by a word of their own and
     * a place, as {@code ownWordAndTown} tells ("Sigal Prishtina": its place "Prishtina" then stands for it).
     */
    public static TeamNames of(List<Span> candidates, Predicate<String> ownWordAndTown) {
        return new TeamNames(candidates, ownWordAndTown);
    }

    /** The team a place's name stands for where it is, if the article names one after it. */
    public Optional<Span> team(Span place, String zoneText) {
        Span team = byPlace.get(place.text());
        if (team == null || team.overlaps(place)) {
            return Optional.empty();
        }
        return placedByWordsAround(place, zoneText) ? Optional.empty() : Optional.of(team);
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
