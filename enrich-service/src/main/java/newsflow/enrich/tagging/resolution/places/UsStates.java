package newsflow.enrich.tagging.resolution.places;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.mentions.sport.SportsContext;

/**
 * The names of US states where they are not places:
 * <ul>
 * <li>in an article about US college sport (it names the NCAA, a conference of any division — the Big Ten, the
 * Summit League, the Mountain West —, "college football", a state's team
 * with its ranking, "No. 3 Georgia"), a state's name is its university's team ("Georgia 27, Alabama 24", "Kentucky beat Tennessee"), unless a
 * preposition of place or a city and a comma precede it ("in Alabama", "Athens, Georgia");</li>
 * <li>"Georgia" in an article about the United States (two or more of Atlanta, the Senate, a county, a governor,
 * Republicans, other states ...) and not about the Caucasus (Tbilisi, Georgian Dream, Abkhazia ...) is the US state,
 * a place, not the country; "Georgians" there are its residents, not a country's demonym, and are dropped.</li>
 * </ul>
 * The state itself is a place with the name as written; the team is an organisation of that name.
 */
public final class UsStates {

    private static final List<String> STATE_NAMES = List.of(
            "Alabama",
            "Alaska",
            "Arizona",
            "Arkansas",
            "California",
            "Colorado",
            "Connecticut",
            "Delaware",
            "Florida",
            "Georgia",
            "Hawaii",
            "Idaho",
            "Illinois",
            "Indiana",
            "Iowa",
            "Kansas",
            "Kentucky",
            "Louisiana",
            "Maine",
            "Maryland",
            "Massachusetts",
            "Michigan",
            "Minnesota",
            "Mississippi",
            "Missouri",
            "Montana",
            "Nebraska",
            "Nevada",
            "New Hampshire",
            "New Jersey",
            "New Mexico",
            "North Carolina",
            "North Dakota",
            "Ohio",
            "Oklahoma",
            "Oregon",
            "Pennsylvania",
            "Rhode Island",
            "South Carolina",
            "South Dakota",
            "Tennessee",
            "Texas",
            "Utah",
            "Vermont",
            "Virginia",
            "Washington",
            "West Virginia",
            "Wisconsin",
            "Wyoming");
    /** The states whose names are also their universities' teams' short names ("New York" is the city's first). */
    private static final Set<String> STATES = Set.copyOf(STATE_NAMES);

    private static final Pattern COLLEGE = Pattern.compile("\\b(NCAA|SEC|Southeastern Conference|Big Ten|Big 12|"
            + "Big East|Pac-12|Atlantic Coast Conference|[Cc]ollege (football|basketball|baseball)|March Madness|"
            + "Heisman|Final Four|College Football Playoff|Summit League|Mountain West|Big Sky|Missouri Valley|Sun Belt|"
            + "Conference USA|Mid-American Conference|West Coast Conference|Ivy League|Atlantic 10|Horizon League|"
            + "America East|Big West|Patriot League|Southland Conference|Ohio Valley Conference|Colonial Athletic|"
            + "American Athletic Conference|Western Athletic Conference)\\b|\\bNo\\. \\d{1,2} (?:"
            + String.join("|", STATE_NAMES)
            + ")\\b");
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?:\\b(?:in|at|from|of|across|near|to|into|"
            + "outside|across|throughout|around|[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|[Cc]entral)|"
            + "\\p{Lu}[\\p{L}.-]*,) $");
    private static final Pattern US = Pattern.compile("\\b(U\\.S\\.|United States|Atlanta|Savannah|Macon|"
            + "\\p{Lu}\\p{L}+ County|Senate|Sen\\.|Gov\\.|Governor|Republicans?|Democrats?|Democratic|GOP|Alabama|"
            + "Florida|Tennessee|South Carolina|North Carolina|Election Day)\\b");
    private static final Pattern CAUCASUS = Pattern.compile("\\b(Tbilisi|Georgian Dream|Caucasus|Abkhaz\\p{L}*|"
            + "Ossetia|Batumi|Kutaisi|Kobakhidze|Zourabichvili|Kavelashvili|Ivanishvili|lari)\\b");
    private static final String GEORGIA = "country:GE";

    private UsStates() {}

    public static List<Span> retype(List<Span> spans, Map<ZoneName, String> zoneTexts) {
        String all = String.join("\n", zoneTexts.values());
        boolean college = SportsContext.of(zoneTexts) && COLLEGE.matcher(all).find();
        boolean usGeorgia =
                !college && usCues(all) >= 2 && !CAUCASUS.matcher(all).find();
        if (!college && !usGeorgia) {
            return spans;
        }
        List<Span> retyped = new ArrayList<>(spans.size());
        for (Span span : spans) {
            boolean notTeam = span.type() == EntityType.LOCATION
                    || span.type() == EntityType.COUNTRY
                    || span.type() == EntityType.PERSON; // "North Dakota", which the model takes for a person's name
            boolean georgia =
                    span.known() != null && GEORGIA.equals(span.known().id());
            if (college
                    && notTeam
                    && STATES.contains(span.text())
                    && (span.known() == null || georgia)
                    && !placeBefore(span, zoneTexts.get(span.zone()))) {
                retyped.add(as(span, EntityType.ORGANIZATION));
            } else if (usGeorgia && georgia && span.form() == MentionForm.DEMONYM) {
                continue;
            } else if (usGeorgia && georgia && span.text().equals("Georgia")) {
                retyped.add(as(span, EntityType.LOCATION));
            } else {
                retyped.add(span);
            }
        }
        return retyped;
    }

    private static int usCues(String text) {
        Set<String> cues = new HashSet<>();
        Matcher matcher = US.matcher(text);
        while (matcher.find()) {
            cues.add(matcher.group());
        }
        return cues.size();
    }

    private static boolean placeBefore(Span span, String zoneText) {
        return PLACE_BEFORE
                .matcher(zoneText.substring(Math.max(0, span.start() - 30), span.start()))
                .find();
    }

    private static Span as(Span span, EntityType type) {
        return new Span(
                span.zone(), span.start(), span.end(), span.text(), type, null, MentionForm.NAME, span.tokens());
    }
}
