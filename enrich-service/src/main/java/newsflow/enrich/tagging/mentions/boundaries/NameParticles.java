package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;

/**
 * Parts of people's names the model leaves out of them:
 * <ul>
 * <li>the word for "son of" or "daughter of" between a given name and a father's name, in Tuareg, Mauritanian and
 * Arabic and Malay names and Welsh ones ("Ahmed ag Alhassane", "Mohamed Ould Ghazouani", "Fatima bint Saleh", "Ismail
 * bin Sidek", "Gwion ap Dafydd"):
 * where the model calls the name before it a person's and finds a name after it, whatever it takes that for, the whole
 * is one person's name;</li>
 * <li>the apostrophe that opens a Sesotho name after a child's ("’Mamello Sekhesa", "'Mathabo Ramakau": "mother
 * of"), which the tokenizer takes for a quotation mark.</li>
 * </ul>
 */
public final class NameParticles {

    /** "ag", "ould", "bint", "ap" … between two names, with a space on each side. */
    private static final Pattern PARTICLE = Pattern.compile(" (?:ag|Ag|ould|Ould|wuld|bint|mint|binti|bin|ibn|ap|ab) ");

    private NameParticles() {}

    /** The candidates, with each person's whole name in place of its parts. */
    public static List<Span> join(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        return Span.replacing(candidates, zoneTexts, (zone, text) -> find(zone, text, candidates));
    }

    private static List<Span> find(ZoneName zone, String text, List<Span> candidates) {
        Map<Integer, Span> peopleByStart = new LinkedHashMap<>();
        Map<Integer, Span> namesByStart = new LinkedHashMap<>();
        for (Span span : candidates) {
            if (isModelsPerson(span, zone)) {
                peopleByStart.put(span.start(), span);
            }
            if (span.zone() == zone && span.known() == null && span.type() != null) {
                namesByStart.putIfAbsent(span.start(), span);
            }
        }
        List<Span> found = new ArrayList<>();
        for (Span first : peopleByStart.values()) {
            int start = sesothoApostrophe(text, first.start()) ? first.start() - 1 : first.start();
            int end = first.end();
            Matcher particle = PARTICLE.matcher(text).region(end, text.length());
            if (particle.lookingAt()) {
                Span second = namesByStart.get(particle.end());
                end = second == null ? end : second.end();
            }
            if (start != first.start() || end != first.end()) {
                String name = text.substring(start, end);
                found.add(Span.found(zone, start, end, name, EntityType.PERSON));
            }
        }
        return found;
    }

    /** "’M" or "'M" opening a name, after the start of the text, a space or an opening bracket or quotation mark. */
    private static boolean sesothoApostrophe(String text, int start) {
        if (start < 1 || text.charAt(start) != 'M' || "’'".indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        return start == 1 || " (“\"\n".indexOf(text.charAt(start - 2)) >= 0;
    }

    private static boolean isModelsPerson(Span span, ZoneName zone) {
        return span.zone() == zone && span.known() == null && span.type() == EntityType.PERSON;
    }
}
