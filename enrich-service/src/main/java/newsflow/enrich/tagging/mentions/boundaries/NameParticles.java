package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
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
 * <li>a surname's particle ("de", "da", "van der", "bin" …) between a given name, whatever the model took it for, and
 * a name it calls a person's ("Rafael de Souza Pinheiro", where the model found a place, "Rafael"), and the same
 * particle with a capital where it opens a sentence, before the rest of a surname the article writes with it in small
 * letters ("De Silva Wijeyeratne said" after "Nirmala de Silva Wijeyeratne");</li>
 * <li>the apostrophe that opens a Sesotho name after a child's ("’Mamello Sekhesa", "'Mathabo Ramakau": "mother
 * of"), which the tokenizer takes for a quotation mark.</li>
 * </ul>
 */
public final class NameParticles {

    /** "ag", "ould", "bint", "ap" … between two names, with a space on each side. */
    private static final Pattern PARTICLE = Pattern.compile(" (?:ag|Ag|ould|Ould|wuld|bint|mint|binti|bin|ibn|ap|ab) ");

    /** The particles of surnames, in small letters between a given name and the rest: " de ", " van der ". */
    private static final Pattern SURNAME_PARTICLE = Pattern.compile(
            " (?:de la|de los|van der|van den|van de|de|da|do|dos|das|di|del|della|van|von|du|bin|binti) ");
    /** The particles of surnames with a capital, of one word. */
    private static final String CAPITAL_PARTICLES = "De|Da|Do|Dos|Di|Del|Della|Van|Von|Du";
    /** Such a particle with a capital, opening a sentence or a line, right before a name. */
    private static final Pattern OPENING_PARTICLE =
            Pattern.compile("(?:^|[.!?]\\s|\n|[“\"]\\s?)(" + CAPITAL_PARTICLES + "|Bin) \\z");

    /** A particle with a capital anywhere, right before a name: "Van den", "Van der", "De la", "Von". */
    private static final Pattern CAPITAL_PARTICLE =
            Pattern.compile("(?<!\\p{L})(Van den|Van der|Van de|De la|De los|Von der|" + CAPITAL_PARTICLES + ") \\z");

    private NameParticles() {}

    /** The candidates, with each person's whole name in place of its parts. */
    public static List<Span> join(List<Span> candidates, Map<ZoneName, String> zoneTexts, Predicate<String> givenName) {
        List<Span> joined = Span.replacing(candidates, zoneTexts, (zone, text) -> find(zone, text, candidates));
        List<Span> withParticles =
                Span.replacing(joined, zoneTexts, (zone, text) -> givenNamesBefore(zone, text, joined, givenName));
        return Span.replacing(
                withParticles, zoneTexts, (zone, text) -> openingParticles(zone, text, withParticles, zoneTexts));
    }

    /**
     * A given name, whatever the model took it for, before a surname particle and a name the model calls a person's:
     * "Rafael" + "de" + "Souza Pinheiro".
     */
    private static List<Span> givenNamesBefore(
            ZoneName zone, String text, List<Span> candidates, Predicate<String> givenName) {
        List<Span> found = new ArrayList<>();
        for (Span first : candidates) {
            if (first.zone() != zone
                    || first.tokens() != 1
                    || first.type() == null
                    || first.type() == EntityType.COUNTRY
                    || !givenName.test(first.text())) {
                continue;
            }
            Matcher particle = SURNAME_PARTICLE.matcher(text).region(first.end(), text.length());
            if (!particle.lookingAt()) {
                continue;
            }
            for (Span second : candidates) {
                if (isModelsPerson(second, zone) && second.start() == particle.end()) {
                    found.add(Span.found(
                            zone,
                            first.start(),
                            second.end(),
                            text.substring(first.start(), second.end()),
                            EntityType.PERSON));
                }
            }
        }
        return found;
    }

    /**
     * A surname particle written with a capital where it opens a sentence, before the rest of a surname the model
     * calls a person's, where the article writes that surname with the particle in small letters: "De Silva
     * Wijeyeratne said …" after "Nirmala de Silva Wijeyeratne". Anywhere in a sentence, a particle with a capital
     * before the rest of a surname joins it where a person's full name in the article ends with both, as the Flemish
     * write it: "… said Van den Broeck" after "Lotte Van den Broeck".
     */
    private static List<Span> openingParticles(
            ZoneName zone, String text, List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        List<Span> found = new ArrayList<>();
        List<String> fullNames = candidates.stream()
                .filter(span -> span.type() == EntityType.PERSON && span.tokens() >= 3)
                .map(Span::text)
                .toList();
        for (Span span : candidates) {
            if (!isModelsPerson(span, zone)) {
                continue;
            }
            String before = text.substring(Math.max(0, span.start() - 12), span.start());
            Matcher particle = OPENING_PARTICLE.matcher(before);
            Matcher capital = CAPITAL_PARTICLE.matcher(before);
            String joined = null;
            if (particle.find()) {
                String lower = particle.group(1).toLowerCase(Locale.ROOT) + " " + span.text();
                joined = zoneTexts.values().stream().anyMatch(other -> other.contains(" " + lower))
                        ? particle.group(1)
                        : null;
            } else if (capital.find()) {
                String surname = " " + capital.group(1) + " " + span.text();
                joined = fullNames.stream().anyMatch(name -> name.endsWith(surname)) ? capital.group(1) : null;
            }
            if (joined != null) {
                int start = span.start() - joined.length() - 1;
                found.add(Span.found(zone, start, span.end(), text.substring(start, span.end()), EntityType.PERSON));
            }
        }
        return found;
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
