package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;

/**
 * A Zulu, Xhosa or Swazi name begins with its noun class's prefix in small letters ("iSimangaliso", "eThekwini",
 * "uMhlathuze", "eMalahleni"): the model, which reads the small letter as a common word's, finds the name only from
 * the word after it ("Wetland Park" of "iSimangaliso Wetland Park"). Such a word, one to three small letters and a
 * capitalised word, one space before a name found, begins that name, where no finder took it.
 */
public final class NounClassPrefixes {

    private static final Pattern PREFIXED =
            Pattern.compile("(?<![\\p{L}\\p{N}’'.-])\\p{Ll}{1,3}\\p{Lu}\\p{Ll}{3,} \\z");
    private static final int LONGEST = 24;

    private NounClassPrefixes() {}

    /** The candidates, with each name found after such a word begun by it. */
    public static List<Span> join(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        return Span.replacing(candidates, zoneTexts, (zone, text) -> find(zone, text, candidates));
    }

    private static List<Span> find(ZoneName zone, String text, List<Span> candidates) {
        List<Span> found = new ArrayList<>();
        for (Span name : candidates) {
            if (name.zone() != zone) {
                continue;
            }
            Matcher matcher = PREFIXED.matcher(text.substring(Math.max(0, name.start() - LONGEST), name.start()));
            if (!matcher.find()) {
                continue;
            }
            int start = name.start() - matcher.group().length();
            if (!GivenNamesBefore.taken(candidates, zone, start)) {
                found.add(Span.found(zone, start, name.end(), text.substring(start, name.end()), name.type()));
            }
        }
        return found;
    }
}
