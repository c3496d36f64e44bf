package newsflow.enrich.tagging.resolution.places;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;

/**
 * Languages named by a nationality's word, which are not the country: "local news in English and Swedish", "its
 * name means “voice” in Albanian.", "translated from Spanish by …", "the engineers speak English", "also available in
 * Russian and Turkmen", "where Albanian is also widely spoken". A nationality is a language where a word for writing,
 * speaking or translating, or "in", "into" or "from", comes before it, alone or in a list that commas, "and" or "or"
 * join, and the list ends there: at punctuation, the end of the line, or a preposition ("in English for the north");
 * not where a noun follows ("from Portuguese and American cities", "in Spanish waters"); and so is one that "is
 * spoken", "understood" or "written", or is joined to speaking or a language ("Russian-speaking", "Spanish-language").
 * <p>
 * A language with a name of its own, which the model takes for a place or a person, is no entity either: a name that
 * neither the gazetteers nor the list of the world's place names know, after a verb of speaking, writing, singing or
 * learning ("she sings in Guaraní", "texts written in Jawi", "has learned enough Mooré to haggle", "understands
 * Haitian Creole"), or in such a list with a nationality's word ("a debate in Chichewa and English"). "He spoke in
 * Brussels" keeps its place, which the list of place names knows. Nor is a language's name that the JDK's locale data
 * has ("Wolof", "Swahili", "Cebuano"), wherever it stands, unless something else makes it a name ({@link #byName}).
 */
public final class LanguageNames {

    private static final String WORD = "\\p{Lu}[\\p{L}’'-]*";
    private static final Pattern LANGUAGE_LIST = Pattern.compile("\\b(?:in|into|from|between|speak|speaks|spoke|spoken"
            + "|speaking|learn|learns|learning|taught|teach|teaches|translated|subtitled|dubbed|written|understand"
            + "|understands) ("
            + WORD + "(?:(?:, | and | or |, and |, or )" + WORD + ")*)(?=\\s*(?:[,.;:!?)]|$)|-language|\\s+(?:as|for"
            + "|by|to|on|at|with|every|since|before|after|and then|because|but)\\b)");

    /**
     * A verb of using a language and "in" or "into", or of learning, understanding or speaking one, then the language:
     * "sings in Guaraní", "learned enough Mooré"; not "sang Bob Marley".
     */
    private static final Pattern LANGUAGE_USE = Pattern.compile("\\b(?:(?:written|spoken|sung|sings?|sang|singing"
            + "|speaks?|spoke|speaking|preached|preaches|prays?|prayed|chants?|chanted|dubbed|subtitled|translated"
            + "|taught|teach(?:es|ing)?|listens?|listening|raps?|rapped|debates?|debated|fluent) (?:in|into)"
            + "|learn(?:s|ed|t|ing)?(?: enough| some| a little)?|understands?|understood|speaks?|spoke|speaking) ("
            + WORD + "(?: " + WORD + ")?)");

    /** A nationality's word joined to speaking or language: "Russian-speaking criminals", "Spanish-language rights". */
    private static final Pattern SPEAKING =
            Pattern.compile("(" + WORD + ")(?=-(?:speaking|speaker|speakers|language|languages)\\b)");

    /** "Albanian is also widely spoken", "where Tetum is understood". */
    private static final Pattern SPOKEN = Pattern.compile("(" + WORD + ") (?:is|are|was) (?:(?:also|widely|still"
            + "|mostly|mainly|commonly|not|rarely) ){0,2}(?:spoken|understood|written)\\b");

    /**
     * The world's languages by their English names, as the JDK's locale data (CLDR) gives them for every ISO 639 code
     * of two and three letters: "Wolof", "Cebuano", "Tetum", "Haitian Creole".
     */
    private static final Set<String> LANGUAGES = languages();

    private LanguageNames() {}

    private static Set<String> languages() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOLanguages()) {
            addLanguage(names, code);
        }
        char[] code = new char[3];
        for (code[0] = 'a'; code[0] <= 'z'; code[0]++) {
            for (code[1] = 'a'; code[1] <= 'z'; code[1]++) {
                for (code[2] = 'a'; code[2] <= 'z'; code[2]++) {
                    addLanguage(names, new String(code));
                }
            }
        }
        return Set.copyOf(names);
    }

    private static void addLanguage(Set<String> names, String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        if (!name.isEmpty() && !name.equals(code)) {
            names.add(name);
        }
    }

    /**
     * The spans without the nationalities and the unknown names that name a language; {@code placeName} tells the
     * names of the world's places.
     */
    public static List<Span> drop(
            List<Span> spans,
            Map<ZoneName, String> zoneTexts,
            Predicate<String> placeName,
            Predicate<String> givenName,
            boolean sports) {
        return dropInContext(byName(spans, placeName, givenName, sports), zoneTexts, placeName);
    }

    /**
     * The spans without the names of languages that nothing else in the article or the gazetteers makes a name of
     * something else: no gazetteer knows them, nor the list of the world's place names ("Cheyenne"), nor the lists of
     * given names ("Karen", "Sami"); no person of the article bears them ("André Breton" … "Breton"); and in sport,
     * no organisation is called so ("Guarani" is a club).
     */
    private static List<Span> byName(
            List<Span> spans, Predicate<String> placeName, Predicate<String> givenName, boolean sports) {
        Set<String> personWords = PlaceContexts.personWords(spans);
        return spans.stream()
                .filter(span -> !(unknownName(span, placeName)
                        && LANGUAGES.contains(span.text())
                        && !givenName.test(span.text())
                        && !personWords.contains(span.text())
                        && !(sports && span.type() == EntityType.ORGANIZATION)))
                .toList();
    }

    private static List<Span> dropInContext(
            List<Span> spans, Map<ZoneName, String> zoneTexts, Predicate<String> placeName) {
        List<int[]> lists = new ArrayList<>();
        List<ZoneName> zones = new ArrayList<>();
        zoneTexts.forEach((zone, text) -> {
            for (Pattern pattern : List.of(LANGUAGE_LIST, SPOKEN, SPEAKING)) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    lists.add(new int[] {matcher.start(1), matcher.end(1)});
                    zones.add(zone);
                }
            }
        });
        List<int[]> uses = new ArrayList<>();
        List<ZoneName> useZones = new ArrayList<>();
        zoneTexts.forEach((zone, text) -> {
            Matcher matcher = LANGUAGE_USE.matcher(text);
            while (matcher.find()) {
                uses.add(new int[] {matcher.start(1), matcher.end(1)});
                useZones.add(zone);
            }
        });
        if (lists.isEmpty() && uses.isEmpty()) {
            return spans;
        }
        List<Span> kept = new ArrayList<>(spans.size());
        for (Span span : spans) {
            boolean demonymLanguage = span.form() == MentionForm.DEMONYM && inList(span, lists, zones);
            boolean namedLanguage = unknownName(span, placeName)
                    && (inList(span, uses, useZones) || withLanguage(span, spans, lists, zones));
            if (!demonymLanguage && !namedLanguage) {
                kept.add(span);
            }
        }
        return kept;
    }

    /** A name the model found that neither the gazetteers nor the list of the world's places know. */
    private static boolean unknownName(Span span, Predicate<String> placeName) {
        return span.form() == MentionForm.NAME && span.known() == null && !placeName.test(span.text());
    }

    /** Whether the name stands in a list of languages with a nationality's word that names one ("in Chichewa and English"). */
    private static boolean withLanguage(Span span, List<Span> spans, List<int[]> lists, List<ZoneName> zones) {
        for (int i = 0; i < lists.size(); i++) {
            int[] list = lists.get(i);
            if (zones.get(i) != span.zone() || span.start() < list[0] || span.end() > list[1]) {
                continue;
            }
            for (Span other : spans) {
                if (other.form() == MentionForm.DEMONYM
                        && other.zone() == span.zone()
                        && other.start() >= list[0]
                        && other.end() <= list[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inList(Span span, List<int[]> lists, List<ZoneName> zones) {
        for (int i = 0; i < lists.size(); i++) {
            int[] list = lists.get(i);
            if (zones.get(i) == span.zone() && span.start() >= list[0] && span.end() <= list[1]) {
                return true;
            }
        }
        return false;
    }
}
