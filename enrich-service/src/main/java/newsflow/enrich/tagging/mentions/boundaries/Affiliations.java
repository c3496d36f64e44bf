package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.enrich.tagging.gazetteer.Gazetteer;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Words;

/**
 * A person and what they belong to, run together by the model into one name: "Niamh Ó Flatharta of the Green
 * Party", "Georgia Brennan of Australia", "Councillor Niamh Ó Flatharta of the Green Party" (the title is neither).
 * Where the words before "of", after a title, are two or three capitalised words that begin with a given name (or
 * one that begins a hyphenated one, "Aino-Maria") and none of them says it is an organisation or a place
 * ("Victoria University of Wellington", "the Royal Borough of Greenwich" stay whole), nor is an institution's or a
 * trade's word ("Chao Phraya Films of Bangkok"), they are a person, and the words after "of" (or "of the") a name of
 * their own.
 */
public final class Affiliations {

    private static final Pattern OF = Pattern.compile(" of (?:the )?(?=\\p{Lu})");
    private static final Set<String> NOT_PERSON_WORDS = Set.of(
            "University",
            "College",
            "School",
            "Institute",
            "Bank",
            "Museum",
            "Church",
            "Bay",
            "Cape",
            "Gulf",
            "Isle",
            "Port",
            "Lake",
            "Mount",
            "Duke",
            "Prince",
            "Princess",
            "King",
            "Queen",
            "Earl",
            "Lord",
            "Lady",
            "Saint",
            "St",
            "St.",
            "Republic",
            "Kingdom",
            "Order",
            "House",
            "Hall",
            "Club",
            "Academy",
            "Council",
            "Department",
            "Ministry",
            "Office",
            "Court",
            "City",
            "Town",
            "Borough",
            "County",
            "District",
            "Province",
            "Region",
            "Parish",
            "Diocese",
            "Royal",
            "Festival",
            "Prize",
            "Cup",
            "Theatre",
            "Center",
            "Centre",
            "National",
            "International",
            "Association",
            "Federation",
            "Union",
            "Society",
            "Party",
            "Group",
            "Company",
            "Board",
            "Agency",
            "Commission",
            "Committee",
            "League",
            "Fund",
            "Foundation",
            "Trust",
            "Airport",
            "Station",
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");

    private Affiliations() {}

    public static List<Span> split(List<Span> candidates, Gazetteer gazetteer) {
        List<Span> result = new ArrayList<>(candidates.size());
        for (Span span : candidates) {
            Matcher of = OF.matcher(span.text());
            int title = 0;
            if (span.known() != null || span.type() == null || !of.find()) {
                result.add(span);
                continue;
            }
            Matcher titled = NameBoundaries.PERSON_TITLE.matcher(span.text());
            if (titled.lookingAt() && titled.end() < of.start()) {
                title = titled.end();
            }
            String person = span.text().substring(title, of.start());
            if (!isPerson(person, gazetteer)) {
                result.add(span);
                continue;
            }
            String other = span.text().substring(of.end());
            result.add(new Span(
                    span.zone(),
                    span.start() + title,
                    span.start() + of.start(),
                    person,
                    EntityType.PERSON,
                    null,
                    span.form(),
                    Words.of(person).length));
            result.add(new Span(
                    span.zone(),
                    span.start() + of.end(),
                    span.end(),
                    other,
                    span.type(),
                    null,
                    span.form(),
                    Words.of(other).length));
        }
        return result;
    }

    private static boolean isPerson(String words, Gazetteer gazetteer) {
        String[] parts = Words.of(words);
        if (parts.length < 2
                || parts.length > 3
                || !gazetteer.isGivenName(parts[0].split("-")[0])
                || InstitutionWords.holdsOne(parts)) {
            return false;
        }
        for (String part : parts) {
            if (!Character.isUpperCase(part.codePointAt(0)) || NOT_PERSON_WORDS.contains(part)) {
                return false;
            }
        }
        return true;
    }
}
