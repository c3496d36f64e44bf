package newsflow.enrich.tagging.resolution.organisations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;

/**
 * Acronyms the model calls people: one word of two to six capitals in a line written in small letters ("Both mobile
 * networks, TSTT and Digicel, agreed", "MARTE gathers 140 works") is an organisation's short name, not a person's, where
 * the article writes no person's name with that word in small letters ("Cairns" ... "CAIRNS" in a results line). A line
 * in capitals (a headline, a results table, a byline) names people in capitals, and is left alone.
 */
public final class AcronymPeople {

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    private AcronymPeople() {}

    public static List<Span> retype(List<Span> spans, Map<ZoneName, String> zoneTexts) {
        Set<String> personWords = new HashSet<>();
        for (Span span : spans) {
            if (span.type() == EntityType.PERSON
                    && !ACRONYM.matcher(span.text()).matches()) {
                for (String word : span.text().split("[\\s-]+")) {
                    personWords.add(word.toUpperCase(Locale.ROOT));
                }
            }
        }
        List<Span> retyped = new ArrayList<>(spans.size());
        for (Span span : spans) {
            boolean acronym = span.type() == EntityType.PERSON
                    && span.known() == null
                    && ACRONYM.matcher(span.text()).matches()
                    && !personWords.contains(span.text())
                    && inSmallLetters(zoneTexts.get(span.zone()), span);
            retyped.add(acronym ? span.as(EntityType.ORGANIZATION, null, span.form()) : span);
        }
        return retyped;
    }

    /** Whether most of the letters of the span's line, outside the span, are small. */
    private static boolean inSmallLetters(String zoneText, Span span) {
        int from = zoneText.lastIndexOf('\n', span.start() - 1) + 1;
        int to = zoneText.indexOf('\n', span.end());
        String line = zoneText.substring(from, to < 0 ? zoneText.length() : to);
        int small = 0;
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                small += Character.isLowerCase(c) ? 1 : 0;
            }
        }
        return letters > 0 && small * 2 > letters;
    }
}
