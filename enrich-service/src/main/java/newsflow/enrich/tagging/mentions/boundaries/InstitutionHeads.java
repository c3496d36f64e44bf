package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.gazetteer.Match;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Words;

/**
 * The head of an institution's name that the model leaves out, taking only what follows "for" or "of": "the Centre
 * for Policy Alternatives" (the model: "Policy Alternatives"), "the Department of Housing and Urban Development",
 * "the Parliament of Moldova" (the model: the country), "the University of Copenhagen" (the model: the city).
 * <ul>
 * <li>An organisation's name, the model's or a gazetteer's, right after a capitalised word for an institution and
 * "for", "of" or "on" (with "the" after it, and up to three capitalised words before it: "Southern African Centre for
 * the Constructive Resolution of Disputes") begins with those words;</li>
 * <li>so does a place's or a country's name after "University of", "Parliament of", "Government of", "Legislature
 * of", "Court of" and the like, where it names the body: "the Parliament of Moldova" is an organisation.</li>
 * </ul>
 * A name with a subject after "for" goes on over "of" and a country ("the Institute for the Protection of Cultural
 * Heritage of Slovenia"). A country before the head is the name's first word, not a name that stops it ("the Japan
 * Society for the Promotion of Science"). The other way round, a name that ends with the head's word, or a country before
 * the head's word, goes on over the subject the model left out ("the Russian Academy" + "of Sciences", "the Croatian" +
 * "Bureau of Statistics"), and a university's name over its number ("University of Yaoundé I"). The whole name is an
 * organisation the gazetteers do not know, in place of what was found on its words.
 */
public final class InstitutionHeads {

    /** Institutions whose names go on with a subject after "for", "of" or "on". */
    private static final String HEADS = "Centre|Center|Institute|Department|Ministry|Bureau|Council|Foundation|Fund|"
            + "Society|Association|Alliance|Coalition|Commission|Office|Agency|Campaign|Federation|League|Academy|"
            + "Committee|Board|Authority|Observatory|Network|Forum|Trust|Movement";
    /** Bodies named by their country or place: "University of Copenhagen", "Parliament of Catalonia". */
    private static final Set<String> PLACE_HEADS = Set.of(
            "University", "Parliament", "Government", "Bank", "Museum", "Assembly", "Legislature", "Senate", "Court");

    private static final Pattern HEAD_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}’'-])((?:\\p{Lu}[\\p{L}-]* ){0,3}"
            + "(" + HEADS + "|" + String.join("|", PLACE_HEADS) + ") (?:for|of|on)(?: the)? )\\z");
    /** What joins a country to the name before it: " of ", " of the ". */
    private static final Pattern OF_COUNTRY = Pattern.compile(" of (?:the )?");
    /** A name that is the head's word alone, which a club may be called by ("Institute", a club in Derry). */
    private static final Pattern HEAD_WORD = Pattern.compile(HEADS);
    /** Words before the head that are not part of the name: "The", a sentence's opening preposition. */
    private static final Pattern OPENING = Pattern.compile("^(?:The|In|At|For|From|With|By|On|And|But) ");

    private static final int BEFORE = 80;
    /** A university's word in the languages that number their universities. */
    private static final Pattern UNIVERSITY = Pattern.compile(
            "\\b(?:University|Université|Universidad|Universität|Università|Universidade|Uniwersytet)\\b");
    /** The number after a university's name: " I", " III", " 1", " 13". */
    private static final Pattern UNIVERSITY_NUMBER =
            Pattern.compile(" (?:I{1,3}|IV|V|VI{1,3}|IX|X|XI{1,3}|[1-9]|1[0-9])(?![\\p{L}\\p{N}'’-])");
    /** The subject of an institution's name after its word: " of Sciences", " for the Promotion of Science". */
    private static final String SUBJECT_WORDS = " (?:for|of)(?: the)? \\p{Lu}[\\p{L}-]*"
            + "(?: (?:(?:and|of|the|for) ){0,2}\\p{Lu}[\\p{L}-]*){0,4}(?![\\p{L}\\p{N}’'-])";

    private static final Pattern SUBJECT = Pattern.compile(SUBJECT_WORDS);
    /** An institution's word and its subject after a country's name: " Bureau of Statistics". */
    private static final Pattern HEAD_AND_SUBJECT = Pattern.compile(" (?:" + HEADS + ")" + SUBJECT_WORDS);

    private InstitutionHeads() {}

    /** The candidates, with each name extended to its head in place of what overlapped it. */
    public static List<Span> extend(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        return withSubjects(heads(candidates, zoneTexts), zoneTexts).stream()
                .map(span -> numbered(span, zoneTexts.get(span.zone())))
                .toList();
    }

    /**
     * A university's name with the number it is known by, which the model leaves out: "University of Yaoundé I",
     * "Université Claude Bernard Lyon 1".
     */
    private static Span numbered(Span span, String zoneText) {
        if (span.type() != EntityType.ORGANIZATION
                || !UNIVERSITY.matcher(span.text()).find()) {
            return span;
        }
        Matcher number = UNIVERSITY_NUMBER.matcher(zoneText).region(span.end(), zoneText.length());
        if (!number.lookingAt()) {
            return span;
        }
        int end = number.end();
        return Span.found(
                span.zone(), span.start(), end, zoneText.substring(span.start(), end), EntityType.ORGANIZATION);
    }

    private static List<Span> heads(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        List<Span> extended = new ArrayList<>();
        for (Span span : candidates) {
            Span whole = withCountry(whole(span, zoneTexts.get(span.zone())), zoneTexts, candidates);
            if (whole != null
                    && extended.stream().noneMatch(whole::overlaps)
                    && candidates.stream().noneMatch(other -> coversHead(other, whole, span))) {
                extended.add(whole);
            }
        }
        return Span.replacing(candidates, extended);
    }

    /**
     * The names that end with an institution's word, or a country before one, extended over the subject the model
     * left out: "the Russian Academy" + "of Sciences", "the Croatian" + "Bureau of Statistics". The subject is one to
     * five capitalised words, "and", "of" and "the" between them, and not a name after "and" that was found on its own
     * ("the Academy of Sciences and Harvard University"); none where a person's name stands in it. The candidates it
     * overlapped make way.
     */
    private static List<Span> withSubjects(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        List<Span> extended = new ArrayList<>();
        for (Span span : candidates) {
            Span whole = withSubject(span, zoneTexts.get(span.zone()), candidates);
            if (whole != null && extended.stream().noneMatch(whole::overlaps)) {
                extended.add(whole);
            }
        }
        return Span.replacing(candidates, extended);
    }

    private static Span withSubject(Span span, String zoneText, List<Span> candidates) {
        boolean country = span.type() == EntityType.COUNTRY;
        String[] words = Words.of(span.text());
        if (span.type() == null
                || span.type() == EntityType.PERSON
                || !country
                        && (span.known() != null
                                || !HEAD_WORD.matcher(words[words.length - 1]).matches())) {
            return null;
        }
        Matcher subject = (country ? HEAD_AND_SUBJECT : SUBJECT).matcher(zoneText);
        subject.region(span.end(), zoneText.length());
        if (!subject.lookingAt()) {
            return null;
        }
        int end = subject.end();
        for (Span other : candidates) {
            if (other.zone() == span.zone() && other.start() >= span.end() && other.start() < end) {
                if (other.type() == EntityType.PERSON) {
                    return null;
                }
                if (zoneText.startsWith(" and ", other.start() - 5)) {
                    end = Math.min(end, other.start() - 5); // "the Academy of Sciences and Harvard University"
                }
            }
        }
        return Span.found(
                span.zone(), span.start(), end, zoneText.substring(span.start(), end), EntityType.ORGANIZATION);
    }

    /**
     * Whether another candidate stands on the head's words as a name the gazetteers know ("Bank of England"; not a
     * form they take only where the model confirms it, nor the head's word alone) or already spans the whole name.
     */
    private static boolean coversHead(Span other, Span whole, Span span) {
        boolean onHead = other.zone() == whole.zone() && other.start() < span.start() && other.end() > whole.start();
        boolean spansWhole =
                other.zone() == whole.zone() && other.start() <= whole.start() && other.end() >= whole.end();
        boolean knownOnHead = onHead
                && other.known() != null
                && other.known().match() != Match.CONFIRM
                && !HEAD_WORD.matcher(other.text()).matches()
                && !(other.type() == EntityType.COUNTRY && other.start() == whole.start());
        return other != span && (knownOnHead || spansWhole);
    }

    /**
     * The name with the country after its subject, where "of" joins it: "the Institute for the Protection of Cultural
     * Heritage of Slovenia".
     */
    private static Span withCountry(Span whole, Map<ZoneName, String> zoneTexts, List<Span> candidates) {
        if (whole == null || !whole.text().contains(" for ")) {
            return whole;
        }
        String zoneText = zoneTexts.get(whole.zone());
        for (Span country : candidates) {
            if (country.zone() == whole.zone()
                    && country.known() != null
                    && country.type() == EntityType.COUNTRY
                    && country.form() != MentionForm.DEMONYM
                    && country.start() > whole.end()
                    && OF_COUNTRY
                            .matcher(zoneText.substring(whole.end(), country.start()))
                            .matches()) {
                String text = zoneText.substring(whole.start(), country.end());
                return Span.found(whole.zone(), whole.start(), country.end(), text, EntityType.ORGANIZATION);
            }
        }
        return whole;
    }

    private static Span whole(Span span, String zoneText) {
        if (span.type() == null || span.type() == EntityType.PERSON || span.form() == MentionForm.DEMONYM) {
            return null;
        }
        Matcher head = HEAD_BEFORE.matcher(zoneText.substring(Math.max(0, span.start() - BEFORE), span.start()));
        if (!head.find()) {
            return null;
        }
        boolean organisation = span.type() == EntityType.ORGANIZATION && span.known() == null;
        if (!organisation && !PLACE_HEADS.contains(head.group(2))) {
            return null;
        }
        int start = span.start() - head.group(1).length();
        Matcher opening = OPENING.matcher(zoneText.substring(start, span.start()));
        if (opening.find()) {
            start += opening.end();
        }
        String text = zoneText.substring(start, span.end());
        return new Span(
                span.zone(),
                start,
                span.end(),
                text,
                EntityType.ORGANIZATION,
                null,
                MentionForm.NAME,
                Words.of(text).length);
    }
}
