package newsflow.enrich.tagging.mentions.credits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.gazetteer.GazetteerEntry;
import newsflow.enrich.tagging.gazetteer.KnownEntity;
import newsflow.enrich.tagging.gazetteer.Match;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Slugs;

/**
 * US states and Canadian provinces by the abbreviations news agencies write after a city: "LEXINGTON, Ky.", "St. Paul,
 * Minn.", "Orchard Park, N.Y.", "London, Ont." (not "Del." or "Miss." before a name: "The sponsor, Del. Virginia
 * Albright"). Each is the state or province, a place, with its full name; where the name is also a country's or a
 * listed city's, the state's is told apart ("Georgia (US state)", "New York (state)", "Washington (US state)"), as the
 * gazetteers' ids are.
 */
public final class StateAbbreviations {

    /** Each abbreviation to its state's or province's entry, made once. */
    private static final Map<String, GazetteerEntry> STATES = new LinkedHashMap<>();

    static {
        String[] pairs = {
            "Ala.",
            "Alabama",
            "Ariz.",
            "Arizona",
            "Ark.",
            "Arkansas",
            "Calif.",
            "California",
            "Colo.",
            "Colorado",
            "Conn.",
            "Connecticut",
            "Del.",
            "Delaware",
            "Fla.",
            "Florida",
            "Ga.",
            "Georgia (US state)",
            "Ill.",
            "Illinois",
            "Ind.",
            "Indiana",
            "Kan.",
            "Kansas",
            "Ky.",
            "Kentucky",
            "La.",
            "Louisiana",
            "Md.",
            "Maryland",
            "Mass.",
            "Massachusetts",
            "Mich.",
            "Michigan",
            "Minn.",
            "Minnesota",
            "Miss.",
            "Mississippi",
            "Mo.",
            "Missouri",
            "Mont.",
            "Montana",
            "Neb.",
            "Nebraska",
            "Nev.",
            "Nevada",
            "N.H.",
            "New Hampshire",
            "N.J.",
            "New Jersey",
            "N.M.",
            "New Mexico",
            "N.Y.",
            "New York (state)",
            "N.C.",
            "North Carolina",
            "N.D.",
            "North Dakota",
            "Okla.",
            "Oklahoma",
            "Ore.",
            "Oregon",
            "Pa.",
            "Pennsylvania",
            "R.I.",
            "Rhode Island",
            "S.C.",
            "South Carolina",
            "S.D.",
            "South Dakota",
            "Tenn.",
            "Tennessee",
            "Vt.",
            "Vermont",
            "Va.",
            "Virginia",
            "Wash.",
            "Washington (US state)",
            "W.Va.",
            "West Virginia",
            "Wis.",
            "Wisconsin",
            "Wyo.",
            "Wyoming",
            "Ont.",
            "Ontario",
            "Que.",
            "Quebec",
            "B.C.",
            "British Columbia",
            "Alta.",
            "Alberta",
            "Sask.",
            "Saskatchewan",
            "N.B.",
            "New Brunswick",
            "Nfld.",
            "Newfoundland and Labrador",
            "P.E.I.",
            "Prince Edward Island"
        };
        for (int i = 0; i < pairs.length; i += 2) {
            String name = pairs[i + 1];
            KnownEntity state = new KnownEntity("location:" + Slugs.of(name), EntityType.LOCATION, name, null);
            STATES.put(pairs[i], new GazetteerEntry(state, MentionForm.ACRONYM, Match.ALWAYS));
        }
    }

    /** The abbreviation after a city's name and a comma, longest first ("W.Va." before "Va."). */
    private static final Pattern AFTER_CITY = Pattern.compile("(?<=\\p{L}, )("
            + String.join(
                    "|",
                    STATES.keySet().stream()
                            .sorted((a, b) -> b.length() - a.length())
                            .map(Pattern::quote)
                            .toList())
            + ")(?![\\p{L}\\p{N}])");

    /** Abbreviations that are also titles before a name: "Del." (a delegate), "Miss.". */
    private static final Set<String> TITLES = Set.of("Del.", "Miss.");

    private static final Pattern NAME_AFTER = Pattern.compile(" \\p{Lu}");

    private StateAbbreviations() {}

    /** The name of the US state or Canadian province the words abbreviate or name: "Ind." and "Indiana" are Indiana. */
    public static Optional<String> stateOrProvince(String words) {
        GazetteerEntry state = STATES.get(words);
        if (state != null) {
            return Optional.of(state.name());
        }
        return STATES.values().stream()
                .map(GazetteerEntry::name)
                .filter(name -> name.equals(words))
                .findFirst();
    }

    /** The candidates, with the states and provinces found in place of what overlapped them. */
    public static List<Span> apply(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        return Span.replacing(candidates, zoneTexts, StateAbbreviations::find);
    }

    static List<Span> find(ZoneName zone, String text) {
        List<Span> found = new ArrayList<>();
        Matcher matcher = AFTER_CITY.matcher(text);
        while (matcher.find()) {
            if (TITLES.contains(matcher.group(1))
                    && NAME_AFTER
                            .matcher(text)
                            .region(matcher.end(), text.length())
                            .lookingAt()) {
                continue; // "The sponsor, Del. Virginia Albright": a delegate
            }
            found.add(new Span(
                    zone,
                    matcher.start(1),
                    matcher.end(1),
                    matcher.group(1),
                    EntityType.LOCATION,
                    STATES.get(matcher.group(1)),
                    MentionForm.ACRONYM,
                    1));
        }
        return found;
    }
}
