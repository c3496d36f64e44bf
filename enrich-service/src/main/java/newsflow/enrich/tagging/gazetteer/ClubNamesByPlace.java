package newsflow.enrich.tagging.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A club named after its city is written with the city's name in each language: "Olympique de Marsella" in Spanish,
 * "FC Séville" in French, "Seville FC" in English. Collects the clubs' names of several words that contain their
 * city's name, and the names of the cities in every language, and gives each language its clubs' names with its
 * own name of the city.
 */
final class ClubNamesByPlace {

    private record ClubName(String form, String city, Pattern cityWord, GazetteerEntry club) {}

    private final List<ClubName> clubNames = new ArrayList<>();
    /** Any name of a city in any language, to the city's id. */
    private final Map<String, String> cityIds = new HashMap<>();
    /** A city's names in each language ("" for the gazetteer's own, English names). */
    private final Map<String, Map<String, Set<String>>> cityNames = new HashMap<>();
    /** Each city's name as a whole word, compiled once for all its clubs. */
    private final Map<String, Pattern> cityWords = new HashMap<>();

    void club(String form, String city, GazetteerEntry club) {
        if (city.isBlank() || form.indexOf(' ') < 0) {
            return;
        }
        Pattern cityWord = cityWords.computeIfAbsent(
                city, name -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])"));
        if (cityWord.matcher(form).find()) {
            clubNames.add(new ClubName(form, city, cityWord, club));
        }
    }

    void city(String language, String name, KnownEntity city) {
        cityIds.putIfAbsent(name, city.id());
        cityNames
                .computeIfAbsent(language, key -> new HashMap<>())
                .computeIfAbsent(city.id(), key -> new LinkedHashSet<>())
                .add(name);
    }

    /** Adds to {@code forms} the clubs' names with the city as {@code language} writes it ("" for English). */
    void addTo(Forms forms, String language, Forms english) {
        Map<String, Set<String>> local = cityNames.getOrDefault(language, Map.of());
        for (ClubName name : clubNames) {
            String cityId = cityIds.get(name.city());
            for (String cityName : local.getOrDefault(cityId, Set.of())) {
                String form = name.cityWord().matcher(name.form()).replaceAll(Matcher.quoteReplacement(cityName));
                if (!form.equals(name.form())
                        && forms.lookup(form).isEmpty()
                        && english.lookup(form).isEmpty()) {
                    forms.add(form, name.club());
                }
            }
        }
    }
}
