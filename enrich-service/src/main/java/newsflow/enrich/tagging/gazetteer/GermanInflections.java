package newsflow.enrich.tagging.gazetteer;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The forms a German name of several words takes in the other cases: its adjectives end in -en, -er, -es or -em
 * ("Europäische Zentralbank", "der Europäischen Zentralbank"; "Vereinigte Staaten", "den Vereinigten Staaten";
 * "Internationaler Strafgerichtshof", "des Internationalen Strafgerichtshofs"), and its last noun may take the
 * genitive -s ("des Europäischen Parlaments").
 */
final class GermanInflections {

    private static final String[] ENDINGS = {"e", "en", "er", "es", "em"};

    private GermanInflections() {}

    static Set<String> of(String name) {
        String[] words = name.split(" ");
        Set<String> forms = new LinkedHashSet<>();
        if (words.length < 2) {
            return forms;
        }
        int adjective = -1;
        for (int i = 0; i < words.length - 1; i++) {
            if (Character.isUpperCase(words[i].codePointAt(0)) && stem(words[i]) != null) {
                adjective = i;
            }
        }
        if (adjective < 0) {
            return forms;
        }
        for (String ending : ENDINGS) {
            String[] inflected = words.clone();
            for (int i = 0; i < words.length - 1; i++) {
                String stem = Character.isUpperCase(words[i].codePointAt(0)) ? stem(words[i]) : null;
                if (stem != null) {
                    inflected[i] = stem + ending;
                }
            }
            String form = String.join(" ", inflected);
            forms.add(form);
            String last = inflected[inflected.length - 1];
            if (!last.endsWith("s") && !last.endsWith("n")) {
                forms.add(form + "s");
            }
        }
        forms.remove(name);
        return forms;
    }

    /** The stem of a word that ends like an adjective in -isch-, -ich-, -ig-, -al- or -är- with its ending. */
    private static String stem(String word) {
        for (String ending : new String[] {"em", "en", "er", "es", "e"}) {
            if (word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                if (stem.endsWith("isch")
                        || stem.endsWith("ich")
                        || stem.endsWith("ig")
                        || stem.endsWith("al")
                        || stem.endsWith("är")
                        || stem.endsWith("iert")
                        || stem.endsWith("te")
                        || stem.endsWith("igt")
                        || stem.endsWith("ein")) {
                    return stem;
                }
            }
        }
        return null;
    }
}
