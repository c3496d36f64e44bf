package newsflow.ingest.cleaning.furniture;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who publishes the page, as the cleaner can tell its name when the page writes it: the publisher's source id and
 * its site's host name, each reduced to letters and digits ("pitwallpost", "theparallelogram"), so that "Pit Wall
 * Post" and "The Parallelogram" on the page are known to be the publication's own name. Ids of fewer than five
 * letters are left out: "ft" would find too much.
 */
public record Publication(Set<String> names) {

    private static final int MIN_NAME_LENGTH = 5;

    /** What an ampersand in a publication's name reads as in its address: English, Spanish, Portuguese, French, German. */
    private static final List<String> AMPERSAND_WORDS = List.of("and", "y", "e", "et", "und");

    public static final Publication UNKNOWN = new Publication(Set.of());

    public Publication {
        names = Set.copyOf(names);
    }

    /** The publication of a source id and an article's URL, either of which may be null. */
    public static Publication of(String source, String url) {
        Set<String> names = new LinkedHashSet<>();
        add(names, source);
        add(names, host(url));
        return new Publication(names);
    }

    /**
     * Whether the words, reduced to letters and digits, are the publication's name, with or without "the"; an
     * ampersand may stand for the "and" of the site's address in any of the languages ("Campo &amp; Mercado" for
     * campoymercado, "Andes &amp; Ash" for andesandash).
     */
    boolean isNamedBy(String words) {
        for (String form : ampersandForms(words)) {
            String key = key(form);
            if (!key.isEmpty() && (names.contains(key) || key.startsWith("the") && names.contains(key.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    /** The words as written, and with each ampersand read as "and" in the languages of the sites. */
    private static List<String> ampersandForms(String words) {
        if (words.indexOf('&') < 0) {
            return List.of(words);
        }
        List<String> forms = new ArrayList<>(AMPERSAND_WORDS.size() + 1);
        forms.add(words);
        AMPERSAND_WORDS.forEach(word -> forms.add(words.replace("&", word)));
        return forms;
    }

    /**
     * Whether the line, reduced to letters and digits, holds one of the publication's names anywhere: a cheap look
     * before the name is looked for word by word, which most lines of a page fail.
     */
    boolean mayBeNamedIn(String line) {
        for (String form : ampersandForms(line)) {
            String key = key(form);
            for (String name : names) {
                if (key.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean isKnown() {
        return !names.isEmpty();
    }

    private static void add(Set<String> names, String name) {
        String key = name == null ? "" : key(name);
        if (key.startsWith("the") && key.length() - 3 >= MIN_NAME_LENGTH) {
            names.add(key.substring(3));
        }
        if (key.length() >= MIN_NAME_LENGTH) {
            names.add(key);
        }
    }

    /** The host's first label after "www.": "pelotondaily" for https://www.pelotondaily.be/en/…. */
    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return null;
            }
            String bare = host.startsWith("www.") ? host.substring(4) : host;
            int dot = bare.indexOf('.');
            return dot > 0 ? bare.substring(0, dot) : bare;
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    /** A letter without its accents, as a site's address writes it: "ó" as "o", "ñ" as "n"; others as they are. */
    private static void appendFolded(StringBuilder key, int codePoint) {
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
        for (int j = 0; j < decomposed.length(); ) {
            int part = decomposed.codePointAt(j);
            if (Character.isLetterOrDigit(part)) {
                key.appendCodePoint(Character.toLowerCase(part));
            }
            j += Character.charCount(part);
        }
    }

    private static String key(String words) {
        StringBuilder key = new StringBuilder(words.length());
        for (int i = 0; i < words.length(); ) {
            char c = words.charAt(i);
            if (c < '\u0080') { // ASCII, most of any line: letters and digits kept, in small letters
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    key.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    key.append((char) (c + ('a' - 'A')));
                }
                i++;
                continue;
            }
            int codePoint = words.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                appendFolded(key, codePoint); // "Órbita" for orbitasemanal
            }
            i += Character.charCount(codePoint);
        }
        return key.toString();
    }
}
