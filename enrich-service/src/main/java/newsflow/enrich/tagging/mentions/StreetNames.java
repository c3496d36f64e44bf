package newsflow.enrich.tagging.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.text.Words;

/**
 * Streets and roads, which the model mostly leaves out of local news: "Elm Street", "Grand River Avenue", "8th Street
 * East", "Parliament Road", "Interstate 35". A street's name is one to three capitalised words or an ordinal, then a
 * word for a street (and a point of the compass after it); a road's, "Interstate", "Route" or "Highway" and its number;
 * a street named the French, Spanish, Portuguese or Italian way, its word first, then a linking word and one or two
 * capitalised words ("Avenue de la Paix", "Rue du Bac", "Avenida Paulista", "Calle Mayor", "Place de la Concorde"),
 * or named after a date ("Plaza 25 de Mayo", "Avenida 6 de Marzo"), which the model reads as a person "de Mayo".
 * Each is a place, in place of names found inside it ("Grand River" in "Grand River Avenue"); a name found that
 * overlaps it without lying inside it wins ("Park Avenue Capital" stays an organisation), and so does a name the
 * gazetteers know on the same words.
 */
public final class StreetNames {

    private static final String STREET_WORDS = "Street|Avenue|Road|Boulevard|Lane|Drive|Parkway|Highway";
    private static final Pattern STREET = Pattern.compile("(?<![\\p{L}\\p{N}’'-])((?:(?:\\p{Lu}[\\p{L}’'.-]*|"
            + "\\d{1,3}(?:st|nd|rd|th)) ){1,3}(?:" + STREET_WORDS
            + ")(?: (?:East|West|North|South))?)(?![\\p{L}\\p{N}])"
            + "|\\b((?:Interstate|Route|Highway|State Route) \\d{1,3})\\b"
            + "|(?<![\\p{L}\\p{N}’'-])((?:(?:Avenue|Boulevard|Rue|Avenida|Calle|Rua|Piazza|Plaza|Praça)"
            + "(?: (?:de la|de l’|de l'|del|de|du|des|da|do|dos|das|della|di)| \\d{1,2} de)?"
            + "|Place (?:de la|de l’|de l'|de|du|des))"
            + " \\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*)?)(?![\\p{L}\\p{N}])");
    /** Words that begin a sentence or a phrase, not a street's name: "The Street was …", "In Road news". */
    private static final Set<String> NOT_FIRST = Set.of(
            "The", "A", "An", "This", "That", "These", "Our", "Their", "His", "Her", "Its", "In", "On", "At", "From",
            "To", "By", "Of", "And", "Or", "But", "New", "Old");

    /** The end of a sentence before a street's name: a word of three letters or more and a full stop ("Lae. "). */
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{Lu}\\p{Ll}{2,}\\. ");

    private StreetNames() {}

    /** The candidates, with the streets and roads found in place of the names inside them. */
    public static List<Span> apply(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        return Span.replacing(candidates, zoneTexts, (zone, text) -> find(zone, text, candidates));
    }

    static List<Span> find(ZoneName zone, String text, List<Span> candidates) {
        List<Span> found = new ArrayList<>();
        Matcher matcher = STREET.matcher(text);
        while (matcher.find()) {
            int group = matcher.group(1) != null ? 1 : matcher.group(2) != null ? 2 : 3;
            int start = matcher.start(group);
            Matcher sentenceEnd = SENTENCE_END.matcher(matcher.group(group));
            if (group == 1 && sentenceEnd.find()) {
                start += sentenceEnd.end(); // "from Lae. The Highlands Highway": the street is in the second sentence
            }
            String[] words = Words.of(text.substring(start, matcher.end(group)));
            int skipped = 0;
            while (skipped < words.length - 1 && NOT_FIRST.contains(words[skipped])) {
                start = text.indexOf(words[skipped + 1], start + words[skipped].length());
                skipped++;
            }
            int end = matcher.end(group);
            if (group == 1 && skipped == words.length - 1) {
                continue; // "The Road": no name left before the street's word
            }
            String name = text.substring(start, end);
            Span street = Span.found(zone, start, end, name, EntityType.LOCATION);
            if (!street.crossedBy(candidates)) {
                found.add(street);
            }
        }
        return found;
    }
}
