package newsflow.enrich.tagging.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import newsflow.enrich.tagging.TaggingDeadline;
import newsflow.enrich.tagging.mentions.FamilyFirstNames;
import newsflow.enrich.tagging.text.Words;

/**
 * Resolves the names of people within one article: "Lavrov" after "Sergei Lavrov" is the same person, so a name
 * that ends another, longer name takes that name. When a surname ends two different full names, it stays as it is.
 */
final class PersonNames {

    private final Map<String, String> fullNames = new LinkedHashMap<>();
    /** Each name's words, split once: the comparisons below take the square of the names' count. */
    private final Map<String, String[]> words = new HashMap<>();

    private static final Pattern REGNAL_NUMBER = Pattern.compile("[IVX]+");

    private final Map<String, String> surnames;
    /**
     * The first of two surnames, each with the full name it belongs to ("Castellanos" of "Dairon Castellanos Vera").
     */
    private final Map<String, String> firstSurnames;

    private final Map<String, String> firstNames = new HashMap<>();

    /** The deadline is checked for each name: the work grows with the square of the names' count. */
    PersonNames(List<String> names, TaggingDeadline deadline) {
        List<String> longestFirst = new ArrayList<>(names.stream().distinct().toList());
        longestFirst.sort(
                Comparator.comparingInt((String name) -> wordsOf(name).length).reversed());
        for (String name : longestFirst) {
            deadline.check();
            List<String> longer = longestFirst.stream()
                    .filter(other -> wordsOf(other).length > wordsOf(name).length && endsWith(other, name))
                    .map(fullNames::get)
                    .distinct()
                    .toList();
            fullNames.put(name, longer.size() == 1 ? longer.get(0) : name);
        }
        surnames = findSurnames();
        firstSurnames = findFirstSurnames();
    }

    /**
     * The full name a name in this article stands for: the one longer name it ends, the one full name it is the
     * surname of, or the one full name it is the given name of ("Nicole" after "Nicole Nichterwitz"), else itself.
     */
    String fullName(String name) {
        String longer = fullNames.get(name);
        if (longer != null && !longer.equals(name)) {
            return longer;
        }
        String full =
                surnames.getOrDefault(name, firstSurnames.getOrDefault(name, firstNames.getOrDefault(name, name)));
        return full.equals(name) && name.equals(name.toUpperCase(Locale.ROOT)) ? inCapitals(name) : full;
    }

    /**
     * The full name a name in capitals stands for, as the article writes it in small letters ("TELLFAIR" after "Jalen
     * Tellfair"), when exactly one name of the article is spelt so; else the name itself.
     */
    private String inCapitals(String name) {
        List<String> written = new ArrayList<>();
        for (Map<String, String> names : List.of(fullNames, surnames, firstNames)) {
            names.forEach((form, full) -> {
                if (!form.equals(name) && form.toUpperCase(Locale.ROOT).equals(name)) {
                    written.add(full);
                }
            });
        }
        List<String> distinct = written.stream().distinct().toList();
        return distinct.size() == 1 ? distinct.get(0) : name;
    }

    /**
     * The given names that begin exactly one full name in this article, each with that name ("Jordan" for Jordan
     * Castillo), as far as {@code isGivenName} knows them.
     */
    Map<String, String> firstNames(Predicate<String> isGivenName) {
        Map<String, String> first = new LinkedHashMap<>();
        List<String> ambiguous = new ArrayList<>();
        for (String full : new LinkedHashSet<>(fullNames.values())) {
            String[] parts = wordsOf(full);
            if (parts.length >= 2 && isGivenName.test(parts[0])) {
                String earlier = first.putIfAbsent(parts[0], full);
                if (earlier != null && !earlier.equals(full)) {
                    ambiguous.add(parts[0]);
                }
            }
        }
        ambiguous.forEach(first::remove);
        firstNames.clear();
        firstNames.putAll(first);
        return first;
    }

    /** Whether the name is the last word or words of a longer name of a person in this article. */
    boolean isPartOfLongerName(String name) {
        return fullNames.keySet().stream()
                .anyMatch(other -> wordsOf(other).length > wordsOf(name).length && endsWith(other, name));
    }

    /** The surnames of the full names, each with the full name it belongs to; ambiguous surnames left out. */
    Map<String, String> surnames() {
        return surnames;
    }

    private Map<String, String> findSurnames() {
        Map<String, String> surnames = new LinkedHashMap<>();
        List<String> ambiguous = new ArrayList<>();
        for (String full : fullNames.values()) {
            String[] parts = wordsOf(full);
            if (parts.length < 2) {
                continue;
            }
            String family = FamilyFirstNames.familyName(full);
            String surname = family != null ? family : parts[parts.length - 1]; // "Bang" of "Bang Seung-ho"
            if (REGNAL_NUMBER.matcher(surname).matches()) {
                continue; // "Elizabeth II" has no surname "II", nor "Elizabeth I" one "I"
            }
            String earlier = surnames.putIfAbsent(surname, full);
            if (earlier != null && !earlier.equals(full)) {
                ambiguous.add(surname);
            }
        }
        ambiguous.forEach(surnames::remove);
        return surnames;
    }

    /**
     * The middle words of the full names of three capitalised words that are no family name first, as the first of two
     * surnames, which Spanish and Portuguese write alone ("Castellanos" after "Dairon Castellanos Vera"); not a word
     * that is another person's surname, nor one of two full names. Used to name a mention the finders found, never to
     * find one.
     */
    private Map<String, String> findFirstSurnames() {
        Map<String, String> found = new LinkedHashMap<>();
        List<String> ambiguous = new ArrayList<>();
        for (String full : new LinkedHashSet<>(fullNames.values())) {
            String[] parts = wordsOf(full);
            if (parts.length != 3
                    || FamilyFirstNames.familyName(full) != null
                    || surnames.containsKey(parts[1])
                    || parts[1].length() < 3) {
                continue;
            }
            boolean capitalised = true;
            for (String part : parts) {
                capitalised &=
                        Character.isUpperCase(part.codePointAt(0)) && !part.equals(part.toUpperCase(Locale.ROOT));
            }
            if (!capitalised) {
                continue;
            }
            String earlier = found.putIfAbsent(parts[1], full);
            if (earlier != null && !earlier.equals(full)) {
                ambiguous.add(parts[1]);
            }
        }
        ambiguous.forEach(found::remove);
        return found;
    }

    private boolean endsWith(String longer, String shorter) {
        String[] a = wordsOf(longer);
        String[] b = wordsOf(shorter);
        return Arrays.equals(a, a.length - b.length, a.length, b, 0, b.length);
    }

    private String[] wordsOf(String name) {
        return words.computeIfAbsent(name, Words::of);
    }
}
