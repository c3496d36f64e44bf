package newsflow.enrich.tagging.resolution.organisations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Words;

/**
 * Shorter or differently written forms of an organisation's name in the same article: "Aarhus council" in a
 * headline for "Aarhus City Council" in the body (the first, some and the last words, ignoring case), "DRD" for
 * "Danish Road Directorate" (the initials).
 */
final class NameVariants {

    private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]+[\\p{L}][\\p{L}'’-]*");

    private NameVariants() {}

    /** Whether {@code name} is a short or differently written form of {@code other}. */
    static boolean isVariantOf(String name, String other) {
        if (Acronyms.isAcronym(name) && Words.of(other).length >= 2) {
            return Acronyms.initialsMatch(name, other);
        }
        String[] a = Words.of(name.toLowerCase(Locale.ROOT));
        String[] b = Words.of(other.toLowerCase(Locale.ROOT));
        if (a.length < 2 || a.length > b.length || !a[0].equals(b[0]) || !a[a.length - 1].equals(b[b.length - 1])) {
            return false;
        }
        if (a.length == b.length) {
            return String.join(" ", a).equals(String.join(" ", b)) && capitals(other) > capitals(name);
        }
        int j = 0;
        for (String word : b) {
            if (j < a.length && a[j].equals(word)) {
                j++;
            }
        }
        return j == a.length;
    }

    /**
     * A mention that is the first word of an organisation's longer name, followed by words that make it a variant of
     * that name ("Aarhus" + "council"), becomes the variant: the model often reads a lower-case headline otherwise.
     */
    static List<Span> extend(List<Span> spans, Map<ZoneName, String> zoneTexts) {
        List<String> longNames = spans.stream()
                .filter(span -> span.known() == null && span.type() == EntityType.ORGANIZATION && span.tokens() >= 2)
                .map(Span::text)
                .distinct()
                .toList();
        if (longNames.isEmpty()) {
            return spans;
        }
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::zone).thenComparingInt(Span::start));
        List<Span> extended = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Span span = sorted.get(i);
            String text = zoneTexts.get(span.zone());
            Span next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            int limit = next != null && next.zone() == span.zone() ? next.start() : text.length();
            extended.add(longNames.stream()
                    .filter(name -> span.tokens() == 1 && Words.of(name)[0].equals(span.text()))
                    .map(name -> variant(span, name, text, limit))
                    .filter(variant -> variant != null)
                    .findFirst()
                    .orElse(span));
        }
        return extended;
    }

    /** The longest variant of {@code name} that starts with the span and goes on with the words up to {@code limit}. */
    private static Span variant(Span span, String name, String zoneText, int limit) {
        List<Integer> wordEnds = new ArrayList<>();
        Matcher word = NEXT_WORD.matcher(zoneText);
        int position = span.end();
        while (wordEnds.size() < Words.of(name).length - 1
                && word.region(position, limit).lookingAt()) {
            position = word.end();
            wordEnds.add(position);
        }
        for (int count = wordEnds.size(); count >= 1; count--) {
            int end = wordEnds.get(count - 1);
            String candidate = zoneText.substring(span.start(), end);
            if (isVariantOf(candidate.replaceAll("\\s+", " "), name)) {
                return new Span(
                        span.zone(),
                        span.start(),
                        end,
                        candidate,
                        EntityType.ORGANIZATION,
                        null,
                        MentionForm.NAME,
                        count + 1);
            }
        }
        return null;
    }

    private static long capitals(String text) {
        return text.chars().filter(Character::isUpperCase).count();
    }
}
