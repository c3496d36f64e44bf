package newsflow.ingest.cleaning.furniture;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who publishes the page, as the cleaner can tell its name when the page writes it: the publisher's source id and
 * its site's host name, each reduced to letters and digits ("pitwallpost", "theparallelogram"), so that "Pit Wall
 * Post" and "The Parallelogram" on the page are known to be the publication's own name. Ids of fewer than five
 * letters are left out: "ft" would find too much.
 */
public record Publication(Set<String> names) {

    private static final int MIN_NAME_LENGTH = 5;

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

    /** Whether the words, reduced to letters and digits, are the publication's name, with or without "the". */
    boolean isNamedBy(String words) {
        String key = key(words);
        return !key.isEmpty() && (names.contains(key) || key.startsWith("the") && names.contains(key.substring(3)));
    }

    /**
     * Whether the line, reduced to letters and digits, holds one of the publication's names anywhere: a cheap look
     * before the name is looked for word by word, which most lines of a page fail.
     */
    boolean mayBeNamedIn(String line) {
        String key = key(line);
        for (String name : names) {
            if (key.contains(name)) {
                return true;
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
                key.appendCodePoint(Character.toLowerCase(codePoint));
            }
            i += Character.charCount(codePoint);
        }
        return key.toString();
    }
}
