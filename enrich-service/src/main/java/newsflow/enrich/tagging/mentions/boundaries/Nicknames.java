package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;

/**
 * A person's nickname in quotation marks between their first name and their surname is part of their name: Roberto
 * "Hands of Stone" Duran, Hector "Macho" Camacho. The model takes the two names apart (and the nickname, too, for a
 * name); where it calls the surname a person's and the first name is one too (or a given name), the whole is one
 * person's name.
 */
public final class Nicknames {

    private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
    /** A first name, a nickname of one to four words in quotation marks, a surname: spaces inside the marks or not. */
    private static final Pattern NICKNAMED = Pattern.compile("(?<![\\p{L}\\p{N}])(" + WORD + ") [\"“] ?"
            + "\\p{Lu}[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,3} ?[\"”] (" + WORD + ")(?![\\p{L}\\p{N}])");

    private Nicknames() {}

    /** The candidates, with each nicknamed person's whole name in place of what overlapped it. */
    public static List<Span> join(List<Span> candidates, Map<ZoneName, String> zoneTexts, Predicate<String> givenName) {
        return Span.replacing(candidates, zoneTexts, (zone, text) -> find(zone, text, candidates, givenName));
    }

    private static List<Span> find(ZoneName zone, String text, List<Span> candidates, Predicate<String> givenName) {
        List<Span> found = new ArrayList<>();
        Matcher matcher = NICKNAMED.matcher(text);
        while (matcher.find()) {
            boolean first =
                    isPerson(zone, matcher.start(1), matcher.end(1), candidates) || givenName.test(matcher.group(1));
            if (first && isPerson(zone, matcher.start(2), matcher.end(2), candidates)) {
                String name = matcher.group();
                found.add(Span.found(zone, matcher.start(), matcher.end(), name, EntityType.PERSON));
            }
        }
        return found;
    }

    /** Whether the model calls exactly these words a person. */
    private static boolean isPerson(ZoneName zone, int start, int end, List<Span> candidates) {
        return candidates.stream()
                .anyMatch(span -> span.zone() == zone
                        && span.start() == start
                        && span.end() == end
                        && span.known() == null
                        && span.type() == EntityType.PERSON);
    }
}
