package newsflow.enrich.tagging.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.text.Words;

/**
 * Seas, gulfs, straits and rivers named after a country, a people or a place, which the model leaves to the country
 * in them ("the Gulf of Mexico" as Mexico, "the Irish Sea" as Ireland by its demonym, "the Paraguay River" as
 * Paraguay): after "the", "Gulf of", "Bay of", "Sea of", "Strait of" and one or two capitalised words after it, or one
 * or two capitalised words before "Sea", "Ocean", "Gulf", "Strait", "River", "Glacier" or "Ice Cap" ("the Quelccaya Ice
 * Cap"; "Ice Sheet", "Ice Shelf", "Ice Field", "Icefield" too), where no capitalised word follows (not
 * "Du River Rubber Processing", a company). Each is a place, in place of the names found inside it; where a people's
 * name opens three words, the model's names stand ("the Bulgarian Black Sea coast", "the French Broad River"). A name
 * found that overlaps it without lying inside it wins ("the Red Sea Global resorts": a company), and so does a name
 * the gazetteers know on the same words.
 */
public final class NaturalFeatures {

    private static final String WORD = "\\p{Lu}[\\p{L}-]*";
    /** "the" and the feature's name, which no other capitalised word follows ("Du River Rubber Processing"). */
    private static final Pattern FEATURE = Pattern.compile(
            "(?<![\\p{L}\\p{N}’'-])[Tt]he (?:((?:Gulf|Bay|Sea|Straits?) of "
                    + "(?:the )?" + WORD + "(?: " + WORD + ")?)|((?:" + WORD + " )?" + WORD
                    + " (?:Sea|Ocean|Gulf|Strait|River|Glacier|Icefield|Ice (?:Cap|Sheet|Shelf|Field))))(?![\\p{L}\\p{N}’'-])(?! \\p{Lu})");

    private NaturalFeatures() {}

    /**
     * The candidates, with the features found in place of the names inside them; {@code demonym} tells a people's
     * name ("Bulgarian").
     */
    public static List<Span> apply(List<Span> candidates, Map<ZoneName, String> zoneTexts, Predicate<String> demonym) {
        return Span.replacing(candidates, zoneTexts, (zone, text) -> find(zone, text, candidates, demonym));
    }

    static List<Span> find(ZoneName zone, String text, List<Span> candidates, Predicate<String> demonym) {
        List<Span> found = new ArrayList<>();
        Matcher matcher = FEATURE.matcher(text);
        while (matcher.find()) {
            int group = matcher.group(1) != null ? 1 : 2;
            int start = matcher.start(group);
            int end = matcher.end(group);
            String name = matcher.group(group);
            String[] words = Words.of(name);
            if (group == 2 && words.length == 3 && demonym.test(words[0])) {
                continue; // "the Bulgarian Black Sea coast", "the French Broad River": the model's to tell
            }
            Span feature = Span.found(zone, start, end, name, EntityType.LOCATION);
            if (!feature.crossedBy(candidates)) {
                found.add(feature);
            }
        }
        return found;
    }
}
