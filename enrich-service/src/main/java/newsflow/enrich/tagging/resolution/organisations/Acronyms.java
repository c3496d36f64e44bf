package newsflow.enrich.tagging.resolution.organisations;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.gazetteer.GazetteerEntry;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Slugs;

/**
 * Acronyms of organisations within one article: those it defines in brackets right after a name ("Danish Road
 * Directorate (DRD)", "Danish Agency for Digital Government (DIGST)" — an acronym in capitals need not spell the
 * English initials), and whether an acronym spells a name's initials.
 */
final class Acronyms {

    private static final Pattern DEFINITION = Pattern.compile("\\A\\s*\\((\\p{Lu}[\\p{L}0-9&]{1,9})\\)");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}0-9&]{1,5}");
    private static final Set<String> MINOR_WORDS =
            Set.of("of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "der", "für", "und");

    private static final int STEM = 5;

    private Acronyms() {}

    /** The acronyms the article defines, each with the mention of the name it was defined for. */
    static Map<String, Span> definitions(List<Span> spans, Map<ZoneName, String> zoneTexts) {
        Map<String, Span> definitions = new HashMap<>();
        for (Span span : spans) {
            if (span.type() != EntityType.ORGANIZATION || span.tokens() < 2) {
                continue;
            }
            String text = zoneTexts.get(span.zone());
            Matcher matcher = DEFINITION.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 16)));
            if (matcher.find()
                    && (isCapitals(matcher.group(1))
                            || initialsMatch(
                                    matcher.group(1),
                                    span.known() != null ? span.known().name() : span.text()))) {
                definitions.putIfAbsent(matcher.group(1), span);
            }
        }
        return definitions;
    }

    /**
     * The organisations the gazetteer knows by an acronym that the article defines after a name it does not know
     * ("Österreichische Bundesbahnen (ÖBB)", where ÖBB is the Austrian Federal Railways): the name, the key, is the
     * acronym's organisation. The name must begin with the acronym's first letter, or else be a translation of the
     * known organisation's name, an acronym kept from another language ("Ferrocarriles Federales de Austria (ÖBB)",
     * "Austrian Federal Railways"): a word of the one begins as a word of the other does, so that a gazetteer's
     * acronym for another organisation does not take an article's own.
     */
    static Map<String, GazetteerEntry> knownByAcronym(Map<String, Span> definitions, List<Span> spans) {
        Map<String, GazetteerEntry> known = new HashMap<>();
        for (Span span : spans) {
            Span definition = definitions.get(span.text());
            if (definition != null
                    && definition.known() == null
                    && span.known() != null
                    && span.type() == EntityType.ORGANIZATION
                    && span.form() == MentionForm.ACRONYM
                    && (definition.text().codePointAt(0) == span.text().codePointAt(0)
                            || sharesAStem(definition.text(), span.known().name()))) {
                known.putIfAbsent(definition.text(), span.known().as(MentionForm.ALIAS));
            }
        }
        return known;
    }

    /** Whether a word of five letters or more begins one name as it begins the other: "Federales", "Federal". */
    private static boolean sharesAStem(String name, String other) {
        Set<String> stems = stems(other);
        return stems(name).stream().anyMatch(stems::contains);
    }

    private static Set<String> stems(String name) {
        Set<String> stems = new HashSet<>();
        for (String word : Slugs.of(name).split("-")) {
            if (word.length() >= STEM) {
                stems.add(word.substring(0, STEM));
            }
        }
        return stems;
    }

    /** The span as a mention, by acronym, of the organisation named by {@code definition}. */
    static Span asAcronymOf(Span span, Span definition) {
        GazetteerEntry known =
                definition.known() == null ? null : definition.known().as(MentionForm.ACRONYM);
        return span.as(EntityType.ORGANIZATION, known, MentionForm.ACRONYM);
    }

    /** Whether the text looks like an acronym: two to six capitals or digits. */
    static boolean isAcronym(String text) {
        return ACRONYM.matcher(text).matches();
    }

    /** Whether the acronym spells the initials of the name's words, minor words optional. */
    static boolean initialsMatch(String acronym, String name) {
        String letters = acronym.replaceAll("[^\\p{L}]", "").toUpperCase(Locale.ROOT);
        StringBuilder all = new StringBuilder();
        StringBuilder major = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            String initial = word.substring(0, 1).toUpperCase(Locale.ROOT);
            all.append(initial);
            if (!MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                major.append(initial);
            }
        }
        return letters.length() >= 2 && (letters.contentEquals(all) || letters.contentEquals(major));
    }

    private static boolean isCapitals(String acronym) {
        return acronym.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '&');
    }
}
