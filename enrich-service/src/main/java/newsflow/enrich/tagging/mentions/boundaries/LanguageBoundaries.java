package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;

/**
 * Edges of names that the German, French and Spanish models run on past the name, in each language's way:
 * <ul>
 * <li>German: a preposition and a day, a month or another name after an organisation or place ("UNO am Dienstag",
 * "SPD im Bundestag", "Fordo im Iran") are not part of it; "Frankfurt am Main" stays whole;</li>
 * <li>French, Spanish, Italian, Portuguese: the portfolio after a minister ("le ministre iranien des Affaires
 * étrangères", "el ministro de Exteriores", "ministros de Finanzas") is a title, not an organisation;</li>
 * <li>and a common word in small letters before the name ("le stade Ramón-Sánchez-Pizjuán", "l'américain General
 * Electric") is not part of it; a name's particle ("de Gaulle", "van Gogh") and a place's kind ("île Saint-Louis",
 * "rue de Rivoli") are.</li>
 * </ul>
 */
final class LanguageBoundaries {

    private static final Pattern GERMAN_PREPOSITION = Pattern.compile(" (?:am|im|beim|vom) (?=\\p{Lu})");
    private static final Set<String> DAYS_AND_MONTHS = Set.of(
            "Montag",
            "Dienstag",
            "Mittwoch",
            "Donnerstag",
            "Freitag",
            "Samstag",
            "Sonntag",
            "Sonnabend",
            "Wochenende",
            "Januar",
            "Jänner",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
            "Abend",
            "Morgen",
            "Mittag",
            "Nachmittag",
            "Vormittag");
    private static final Pattern MINISTER_BEFORE = Pattern.compile(
            "(?iu)(?:^|[^\\p{L}])(?:ex-?)?ministr[eoa]s?(?: [\\p{L}-]+)? (?:des|de la|de l['’]|du|de|del|dos|das|do|da"
                    + "|della|dell['’]|degli|per gli|per la|per il)\\s?$");
    private static final Set<String> ROMANCE = Set.of("fr", "es", "it", "pt");
    private static final Set<String> PARTICLES = Set.of(
            "de", "du", "des", "d'", "la", "le", "les", "del", "della", "di", "da", "dos", "das", "do", "van", "von",
            "der", "den", "ter", "ten", "zu", "y", "e", "al", "el", "ibn", "bin", "ben", "abu");

    /** Small-letter words that are part of a place's name: "île Saint-Louis", "rue de Rivoli", "isla de Pascua". */
    private static final Set<String> PLACE_WORDS = Set.of(
            "île",
            "îles",
            "lac",
            "mont",
            "monts",
            "rue",
            "place",
            "col",
            "pont",
            "quai",
            "boulevard",
            "avenue",
            "mer",
            "golfe",
            "baie",
            "cap",
            "canal",
            "gare",
            "porte",
            "plaza",
            "calle",
            "río",
            "lago",
            "isla",
            "islas",
            "monte",
            "sierra",
            "puerto",
            "paseo",
            "avenida",
            "barrio",
            "mar",
            "golfo",
            "bahía",
            "cabo",
            "ponte",
            "via",
            "piazza",
            "isola",
            "rua",
            "praça",
            "ilha",
            "rio",
            "serra",
            "baía");

    private LanguageBoundaries() {}

    static List<Span> mend(List<Span> candidates, Map<ZoneName, String> texts, String language) {
        if ("de".equals(language)) {
            return german(candidates);
        }
        if (language != null && ROMANCE.contains(language)) {
            return romance(candidates, texts);
        }
        return candidates;
    }

    private static List<Span> german(List<Span> candidates) {
        List<Span> mended = new ArrayList<>(candidates.size());
        for (Span span : candidates) {
            Matcher preposition = span.known() == null && span.type() != EntityType.PERSON
                    ? GERMAN_PREPOSITION.matcher(span.text())
                    : null;
            if (preposition != null && preposition.find() && endsName(span, preposition.end(), candidates)) {
                mended.add(span.part(0, preposition.start(), span.type()));
            } else {
                mended.add(span);
            }
        }
        return mended;
    }

    /** Whether the words after the preposition are a day or month, or a name found on just those words. */
    private static boolean endsName(Span span, int from, List<Span> candidates) {
        String rest = span.text().substring(from);
        if (DAYS_AND_MONTHS.contains(rest.split(" ")[0])) {
            return true;
        }
        for (Span other : candidates) {
            if (other.known() != null
                    && other.zone() == span.zone()
                    && other.start() == span.start() + from
                    && other.end() == span.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<Span> romance(List<Span> candidates, Map<ZoneName, String> texts) {
        List<Span> mended = new ArrayList<>(candidates.size());
        for (Span span : candidates) {
            if (span.known() != null || span.type() == null) {
                mended.add(span);
                continue;
            }
            String text = texts.get(span.zone());
            String before = text.substring(Math.max(0, span.start() - 40), span.start());
            if (span.type() != EntityType.PERSON
                    && MINISTER_BEFORE.matcher(before).find()) {
                continue; // a portfolio
            }
            mended.add(withoutSmallWords(span));
        }
        return mended;
    }

    private static Span withoutSmallWords(Span span) {
        if (!Character.isLowerCase(span.text().codePointAt(0))) {
            return span;
        }
        String[] words = span.text().split(" ");
        String first = words[0].toLowerCase(Locale.ROOT);
        if (words.length < 2 || PARTICLES.contains(first) || PLACE_WORDS.contains(first)) {
            return span;
        }
        int offset = words[0].length() + 1;
        int next = 1;
        while (next < words.length - 1 && PARTICLES.contains(words[next])) {
            offset += words[next].length() + 1;
            next++;
        }
        if (!Character.isUpperCase(words[next].codePointAt(0))) {
            return span;
        }
        return span.part(offset, span.text().length(), span.type());
    }
}
