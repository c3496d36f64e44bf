package newsflow.enrich.tagging.gazetteer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A set of surface forms and the entries they name, indexed by first token, with the capital forms of names written
 * with small letters ("DENVER" for "Denver"). The first form given wins a form two entries share.
 */
final class Forms {

    /** Forms of at least this many letters, written with small letters, are also matched in capitals. */
    private static final int MIN_CAPITALS_LETTERS = 4;

    private final Map<String, GazetteerEntry> forms = new HashMap<>();
    private final Map<String, GazetteerEntry> capitalForms = new HashMap<>();
    private final Map<String, Integer> firstTokens = new HashMap<>();
    private final Map<String, Integer> capitalFirstTokens = new HashMap<>();

    /** Adds a form (a leading "the" is not part of it); returns false when another entry has it already. */
    boolean add(String form, GazetteerEntry entry) {
        String key = Gazetteer.withoutArticle(form.strip());
        if (key.isEmpty() || forms.putIfAbsent(key, entry) != null) {
            return false;
        }
        FormTokens.firstTokens(key).forEach(first -> firstTokens.merge(first, FormTokens.mostTokens(key), Math::max));
        if (hasSmallLetters(key) && letters(key) >= MIN_CAPITALS_LETTERS) {
            String capitals = key.toUpperCase(Locale.ROOT);
            if (capitalForms.putIfAbsent(capitals, entry) == null) {
                FormTokens.firstTokens(capitals)
                        .forEach(first -> capitalFirstTokens.merge(first, FormTokens.mostTokens(capitals), Math::max));
            }
        }
        return true;
    }

    Optional<GazetteerEntry> lookup(String form) {
        return Optional.ofNullable(forms.get(form));
    }

    Optional<GazetteerEntry> lookupCapitals(String form) {
        GazetteerEntry exact = forms.get(form);
        return Optional.ofNullable(exact != null ? exact : capitalForms.get(form));
    }

    int mostTokensFrom(String token, boolean capitals) {
        int most = firstTokens.getOrDefault(token, 0);
        return capitals ? Math.max(most, capitalFirstTokens.getOrDefault(token, 0)) : most;
    }

    private static boolean hasSmallLetters(String form) {
        return form.chars().anyMatch(Character::isLowerCase);
    }

    private static long letters(String form) {
        return form.chars().filter(Character::isLetter).count();
    }
}
