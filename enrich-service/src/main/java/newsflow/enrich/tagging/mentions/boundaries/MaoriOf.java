package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;

/**
 * A Māori body's name goes on over "o" ("of") and the people or place it belongs to: "Te Rūnanga o Ngāti Waewae", "Te
 * Whare Wānanga o Awanuiārangi". The model stops at "o", a word in small letters, and takes what follows for a person
 * ("Ngāti Waewae"). An organisation's name that begins with "Te" and stands right before "o" and one to three
 * capitalised words goes on over them, in place of what was found on those words.
 */
public final class MaoriOf {

    private static final Pattern OF_WHOM =
            Pattern.compile("^ o \\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*){0,2}(?![\\p{L}\\p{N}’'-])");
    private static final int LONGEST = 60;

    private MaoriOf() {}

    /** The candidates, with each such name gone on over its "o" and what follows. */
    public static List<Span> join(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        return Span.replacing(candidates, zoneTexts, (zone, text) -> find(zone, text, candidates));
    }

    private static List<Span> find(ZoneName zone, String text, List<Span> candidates) {
        List<Span> found = new ArrayList<>();
        for (Span name : candidates) {
            if (name.zone() != zone
                    || name.type() != EntityType.ORGANIZATION
                    || !name.text().startsWith("Te ")) {
                continue;
            }
            Matcher matcher =
                    OF_WHOM.matcher(text.substring(name.end(), Math.min(text.length(), name.end() + LONGEST)));
            if (matcher.find()) {
                int end = name.end() + matcher.end();
                found.add(Span.found(
                        zone, name.start(), end, text.substring(name.start(), end), EntityType.ORGANIZATION));
            }
        }
        return found;
    }
}
