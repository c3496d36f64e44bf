package newsflow.enrich.tagging.mentions.credits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.gazetteer.Gazetteer;
import newsflow.enrich.tagging.gazetteer.GazetteerEntry;
import newsflow.enrich.tagging.gazetteer.KnownEntity;
import newsflow.enrich.tagging.gazetteer.Match;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Slugs;
import newsflow.enrich.tagging.text.Words;

/**
 * The place that opens a dateline, and the agency after it, as it signs its wires ("(PTI)" is the Press Trust of
 * India): "DENVER, Aug 22 (Reuters) -", "NEW YORK 1996-08-30",
 * "N’DJAMENA, Feb 12 (Reuters) -", "DORTMUND, Germany (dpa) –", "ATLANTA (AP) —", "ATLANTA — The race ...",
 * "VIBORG, Denmark – For eleven weeks ...", and the island or region after its comma, known or not ("AVARUA,
 * Rarotonga —"). A place the gazetteers know by name only, without an id, opens a dateline before a dash
 * ("BANSKÁ BYSTRICA —", "ST. GALLEN —"), even where a club of the article bears it.
 */
public final class Datelines {

    /**
     * What follows the place of a dateline: a comma (with a space before it in tokenised wire copy, "BIRMINGHAM ,
     * England 1996-08-31"), the agency in brackets, a date, or a dash ("DULUTH — The Aerial Lift Bridge ...").
     */
    private static final Pattern AFTER = Pattern.compile("^( ?,\\s|\\s+\\(|\\s+\\d{4}-\\d{2}-\\d{2}|\\s[—–]\\s)");

    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}’'.-]*\\p{Lu}\\.?";
    /**
     * A line that opens with a place in capitals, then (after a date or a region) the agency in brackets, a dash or
     * the date in digits ("CINCINNATI 1996-08-31"):
     * group 1 is the place, group 2 the date or region after a comma, group 3 the agency when there is one, group 4
     * the date in digits.
     */
    private static final Pattern DATELINE = Pattern.compile("(?m)^(" + CAPS_WORD + "(?: " + CAPS_WORD + "){0,2})"
            + "(?=(?: ?,\\s([\\p{L}\\d .]{2,25}))?\\s"
            + "(?:\\(([\\p{L}-]{2,20})\\)\\s*[-–—]|[—–]\\s|(\\d{4}-\\d{2}-\\d{2})))");

    /** A region's name after the place and its comma: "AVARUA, Rarotonga —", "CODRINGTON, Barbuda –". */
    private static final Pattern REGION = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}");

    private static final Pattern DATE_WORD = Pattern.compile("(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
            + "|January|February|March|April|May|June|July|August|September|October|November|December|Monday"
            + "|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday");

    private Datelines() {}

    /** Whether a name in capitals opens a line and is followed by a date or an agency: the dateline's place. */
    public static boolean isPlace(Span span, String zoneText) {
        boolean lineStart = span.start() == 0 || zoneText.charAt(span.start() - 1) == '\n';
        return lineStart
                && span.text().equals(span.text().toUpperCase(Locale.ROOT))
                && span.text().length() > 2
                && AFTER.matcher(zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + 16)))
                        .find();
    }

    /**
     * The candidates, with each dateline's place and agency in place of what overlapped them: the place as the
     * gazetteers know it (in capitals) or else as a place of that name when an agency, a known country or region or
     * the date in digits follows it; the agency as known, or as an organisation of that name. A country's name before
     * a US state or a Canadian province is the town, there and wherever the article writes it; a country's name that
     * its capital bears is the capital in the dateline only ("DJIBOUTI – … Djibouti’s government").
     */
    public static List<Span> apply(List<Span> candidates, Map<ZoneName, String> zoneTexts, Gazetteer gazetteer) {
        List<Span> found = new ArrayList<>();
        zoneTexts.forEach((zone, text) -> found.addAll(find(zone, text, gazetteer)));
        Map<String, GazetteerEntry> towns = new HashMap<>();
        for (Span span : found) {
            boolean countrysName = gazetteer
                    .lookupCapitals(span.text(), null)
                    .filter(entry -> entry.type() == EntityType.COUNTRY)
                    .isPresent();
            boolean townInAState = span.known() != null
                    && !gazetteer.entities().containsKey(span.known().entity().id()); // not a capital: "DJIBOUTI –"
            if (span.type() == EntityType.LOCATION && townInAState && countrysName) {
                towns.put(span.text().toLowerCase(Locale.ROOT), span.known()); // only a town of find's can be both
            }
        }
        return Span.replacing(candidates, found).stream()
                .map(span -> {
                    GazetteerEntry town = countryNamingATown(span, towns);
                    return town == null ? span : span.as(EntityType.LOCATION, town, MentionForm.NAME);
                })
                .toList();
    }

    /**
     * The town of the article's dateline that a mention of a country names, where a US state or a Canadian province
     * follows the town ("PERU, Ind.", "LEBANON, N.H."): the article's Peru is that town. Null for any other mention.
     */
    private static GazetteerEntry countryNamingATown(Span span, Map<String, GazetteerEntry> towns) {
        boolean country = span.known() != null && span.type() == EntityType.COUNTRY && span.form() == MentionForm.NAME;
        return country ? towns.get(span.text().toLowerCase(Locale.ROOT)) : null;
    }

    static List<Span> find(ZoneName zone, String text, Gazetteer gazetteer) {
        List<Span> found = new ArrayList<>();
        Matcher dateline = DATELINE.matcher(text);
        while (dateline.find()) {
            String place = dateline.group(1);
            Optional<GazetteerEntry> known = gazetteer
                    .lookupCapitals(place.startsWith("THE ") ? place.substring(4) : place, null) // "THE HAGUE"
                    .filter(entry -> entry.type() == EntityType.LOCATION || entry.type() == EntityType.COUNTRY);
            String agency = dateline.group(3);
            Optional<String> state = dateline.group(2) == null
                    ? Optional.empty()
                    : StateAbbreviations.stateOrProvince(dateline.group(2).strip());
            boolean inState = state.isPresent();
            if (inState
                    && known.filter(entry -> entry.type() == EntityType.COUNTRY).isPresent()) {
                known = Optional.of(town(known.get().name(), state.get())); // "PERU, Ind. –": not the country
            } else if (known.filter(entry -> entry.type() == EntityType.COUNTRY).isPresent()) {
                GazetteerEntry country = known.get();
                known = capitalNamedLike(country, gazetteer).or(() -> Optional.of(country)); // "DJIBOUTI –": the city
            }
            boolean dated = dateline.group(4) != null && !namesABody(place, gazetteer);
            boolean knownRegion = isCountryOrRegion(dateline.group(2), gazetteer);
            boolean newRegion = !inState && !knownRegion && isRegionsName(dateline.group(2));
            boolean namedPlace = agency == null && dateline.group(4) == null && gazetteer.isPlaceName(place);
            if (known.isEmpty() && agency == null && !dated && !inState && !knownRegion && !newRegion && !namedPlace) {
                continue;
            }
            if (newRegion) {
                found.add(Span.found(zone, dateline.start(2), dateline.end(2), dateline.group(2), EntityType.LOCATION));
            }
            found.add(new Span(
                    zone,
                    dateline.start(1),
                    dateline.end(1),
                    place,
                    known.map(GazetteerEntry::type).orElse(EntityType.LOCATION),
                    known.orElse(null),
                    known.map(GazetteerEntry::form).orElse(MentionForm.NAME),
                    Words.of(place).length));
            if (agency != null) {
                Optional<GazetteerEntry> org = gazetteer
                        .agencyCredit(agency)
                        .or(() -> gazetteer.lookup(agency))
                        .filter(entry -> entry.type() == EntityType.ORGANIZATION);
                found.add(new Span(
                        zone,
                        dateline.start(3),
                        dateline.end(3),
                        agency,
                        EntityType.ORGANIZATION,
                        org.orElse(null),
                        org.map(GazetteerEntry::form).orElse(MentionForm.NAME),
                        1));
            }
        }
        return found;
    }

    /**
     * Whether the gazetteers know the name in capitals as a body's own name ("UNITED NATIONS 1996-08-29" is the
     * organisation's headquarters), not a club's that it shares with its place ("CINCINNATI 1996-08-31").
     */
    private static boolean namesABody(String name, Gazetteer gazetteer) {
        return gazetteer
                .lookupCapitals(name, null)
                .filter(entry -> entry.type() == EntityType.ORGANIZATION
                        && entry.match() != Match.SPORTS
                        && entry.match() != Match.SPORT_ONLY)
                .isPresent();
    }

    /**
     * The capital that bears its country's name, which a dateline names, as datelines name towns: "DJIBOUTI –" is
     * Djibouti City, "LUXEMBOURG —" Luxembourg City, "SAN MARINO, Oct 3 (ANSA)" the City of San Marino, "SINGAPORE"
     * the city; found among the gazetteers' cities of the country as its name, its name with "City" or "City of".
     */
    private static Optional<GazetteerEntry> capitalNamedLike(GazetteerEntry country, Gazetteer gazetteer) {
        String code = country.entity().id().substring("country:".length()).toLowerCase(Locale.ROOT);
        String name = Slugs.of(country.entity().name());
        for (String slug : List.of(name, name + "-city", "city-of-" + name)) {
            KnownEntity city = gazetteer.entities().get("location:" + slug + "-" + code);
            if (city != null && city.type() == EntityType.LOCATION) {
                return Optional.of(new GazetteerEntry(city, MentionForm.NAME, Match.ALWAYS));
            }
        }
        return Optional.empty();
    }

    /** The town named like a country in a US state or a Canadian province: Peru, Indiana ("location:peru-indiana"). */
    private static GazetteerEntry town(String name, String state) {
        String townName = name + ", " + state;
        return new GazetteerEntry(
                new KnownEntity("location:" + Slugs.of(townName), EntityType.LOCATION, townName, null),
                MentionForm.NAME,
                Match.ALWAYS);
    }

    /**
     * Whether the words after a dateline's comma are a name the gazetteers do not know, in small letters after a
     * capital, and no date: the island's or region's the place is in ("AVARUA, Rarotonga —", which the model took
     * for a person).
     */
    private static boolean isRegionsName(String words) {
        return words != null
                && REGION.matcher(words).matches()
                && Arrays.stream(Words.of(words))
                        .noneMatch(word -> DATE_WORD.matcher(word).matches());
    }

    /** Whether the words after a dateline's comma name a country or a region: "VIBORG, Denmark –". */
    private static boolean isCountryOrRegion(String words, Gazetteer gazetteer) {
        return words != null
                && gazetteer
                        .lookup(words.strip())
                        .filter(entry -> entry.type() == EntityType.COUNTRY || entry.type() == EntityType.LOCATION)
                        .isPresent();
    }
}
