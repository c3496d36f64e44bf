package newsflow.enrich.tagging.resolution.places;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.mentions.boundaries.InstitutionWords;
import newsflow.enrich.tagging.mentions.sport.TeamNames;
import newsflow.enrich.tagging.text.BodyNames;
import newsflow.enrich.tagging.text.LegalForms;
import newsflow.enrich.tagging.text.Words;

/**
 * Places named for what they are: the statistical model often calls a stadium, an airport or a square an organisation
 * ("Ullevaal Stadion"), or even a person. A name the model found whose last word (or, for "Estadio Azteca" and "Coliseo Raymond Dalmau", first word)
 * says it is a venue, a street or a natural feature is a LOCATION, as is one word that ends in one
 * ("RheinEnergieStadion", "Veltins-Arena") or begins a name with one ("Eisstadion Davos"). So is a name the model calls
 * an organisation whose last word says it is a building, a work or a district ("Suntory Hall", "Springbank Dam",
 * "Eastern Province", "Xcel Energy Center", "Ashanti Region", "Atewa Forest"; a county, a province's half such as "Ilocos
 * Norte" and a port such as "Port Douglas" outside sports), and a name the model calls a person's that begins
 * or ends with a word for a natural feature or an administrative division ("County Kerry", "River Tay", "Paradise
 * Creek", "Gatun Lake", "Al Wusta Governorate"); a word for
 * a fort, a mountain, a cape or a lake that the model left out of the name after it begins that place's name ("Fort
 * Wayne"). Gazetteer matches keep their type. A name that says it is a museum or a gallery is an organisation, as institutions are
 * ("Uffizi Galleries", "Museo di Capodimonte"), and so is a body named by the place after its "of" ("the Legislature of
 * the Virgin Islands", not a place for its last word).
 */
public final class Venues {

    private static final Set<String> LAST_WORDS = Set.of(
            "Stadium",
            "Stadion",
            "Stadio",
            "Stadiumi",
            "Arena",
            "Aréna",
            "Arène",
            "Dome",
            "Airport",
            "Park",
            "Square",
            "Bridge",
            "Station",
            "Harbour",
            "Harbor",
            "Street",
            "Avenue",
            "Boulevard",
            "Road",
            "Cathedral",
            "Mosque",
            "Monastery",
            "Basilica",
            "Synagogue",
            "Pagoda",
            "Island",
            "Islands",
            "Mountains",
            "Valley",
            "Beach",
            "River",
            "Bay",
            "Canal",
            "Gardens",
            "Velodrome",
            "Circuit",
            "Racecourse",
            "Racetrack",
            "Pass",
            "Ground",
            "Fjord",
            "Strait",
            "Peninsula",
            "Desert",
            "Sea",
            "Ocean",
            "Gulf",
            "Palace",
            "Castle",
            "Glacier",
            "Volcano",
            "Atoll",
            "Gorge",
            "Canyon",
            "Peak",
            "Fortress",
            "Sporthal",
            "Sporthalle",
            "Stage",
            "Territory",
            "Coliseum",
            "Areena",
            "Mine",
            "Palaces");
    /** The words for natural features that begin a name and that the name is written without too ("the Moy"). */
    private static final Set<String> NATURAL_FIRST_WORDS =
            Set.of("River Lake Lough Loch Mount Río Rio Lago Monte".split(" "));
    /** The words for natural features that end a name and that the name is written without too ("the Zambezi"). */
    private static final Set<String> NATURAL_LAST_WORDS = Set.of("River Lake Glacier Volcano".split(" "));

    private static final Set<String> FIRST_WORDS = Set.of(
            "Estadio",
            "Stadio",
            "Stade",
            "Lake",
            "Mount",
            "Loch",
            "Lough",
            "Piazza",
            "Plaza",
            "Palazzo",
            "Ponte",
            "Mar",
            "Mer",
            "Río",
            "Rio",
            "River",
            "Estádio",
            "Stadionul",
            "Kampong",
            "Kampung",
            "Pulau",
            "Gunung",
            "Volcán",
            "Valle",
            "Coliseo",
            "Ciudad",
            "Palais",
            "Palacio",
            "Palácio",
            "Mercado",
            "Marché",
            "Parque",
            "Parc",
            "Praça",
            "Place",
            "Rue",
            "Avenida",
            "Calle",
            "Convent",
            "Convento",
            "Anse",
            "Baie",
            "Île",
            "Ile",
            "Ilha",
            "Promenade",
            "Punta",
            "Ponta",
            "Playa",
            "Praia",
            "Col",
            "Nevado",
            "Pico",
            "Vallée",
            "Isle");
    /**
     * Last words of buildings, works and districts that the model calls organisations ("Suntory Hall", "Springbank
     * Dam", "Vandenberg Space Force Base", "Eastern Province"): only an organisation is retyped by them, because
     * several are also surnames ("Ray Hall", "Nathan Lane", "van Dam").
     */
    private static final Set<String> FACILITY_LAST_WORDS = Set.of(
            "Hall",
            "Pavilion",
            "Stand",
            "Palast",
            "Building",
            "Tower",
            "Towers",
            "Gate",
            "Garage",
            "Complex",
            "Cosmodrome",
            "Base",
            "Dam",
            "Reservoir",
            "Reef",
            "Delta",
            "Archipelago",
            "Fountain",
            "Drive",
            "Lane",
            "Province",
            "District",
            "Cap",
            "Region",
            "Forest",
            "Hills",
            "Barrage",
            "Stream",
            "Market",
            "Point",
            "Heads",
            "Falls",
            "Fort",
            "Bazaar",
            "Bazar",
            "Governorate",
            "Prefecture",
            "Oblast",
            "Lake",
            "Range",
            "Ranges");
    /**
     * Words of natural features and works that the model takes for a person's name: a first word ("County Kerry", "Fort
     * Santa Cruz", "Jabal Samhan", "Cape Maclear"; a river is among the {@link #FIRST_WORDS} of every kind of name) and
     * last words ("Paradise Creek", "Gatun Lake", "Vasari Corridor", "Lamar County", "Sapper Hill"; a river in the
     * languages of South and Central Asia: "Kalu Ganga", "Drangme Chhu", "Seti Khola") after a word that is not a given
     * name ("Ricki Lake" is a person).
     */
    private static final Set<String> FEATURE_FIRST_WORDS =
            Set.of("County", "Fort", "Jabal", "Jebel", "Djebel", "Wadi", "Cape", "Cabo");

    /**
     * The points of the compass that begin a place's name the model takes for a person's ("West Dawson", "North
     * Shields"); outside sport only, where they begin clubs' names too ("West Ham", "East Fife").
     */
    private static final Set<String> COMPASS_FIRST_WORDS = Set.of("North", "South", "East", "West");

    private static final Set<String> FEATURE_LAST_WORDS = Set.of(
            "Lake",
            "Hill",
            "Plain",
            "Creek",
            "Falls",
            "Corridor",
            "County",
            "Lagoon",
            "Cove",
            "Wharf",
            "Quay",
            "Promenade",
            "Massif",
            "Plateau",
            "Caldera",
            "Crater",
            "Basin",
            "Fountain",
            "Dam",
            "Reservoir",
            "Reef",
            "Delta",
            "Archipelago",
            "Marina",
            "Fort",
            "Ganga",
            "Chhu",
            "Darya",
            "Khola",
            "Nehri",
            "Tsangpo");

    /**
     * The words that end an administrative division's name, which the model takes for a person's name ("Al Wusta
     * Governorate"): no person's name ends in one, given name or not.
     */
    private static final Set<String> DIVISION_LAST_WORDS =
            Set.of("Governorate", "Province", "Prefecture", "Oblast", "District");

    /**
     * The words that end the name of a province or a region split in two, in the Philippines, Latin America and
     * Mozambique ("Ilocos Norte", "Agusan del Sur", "Rio Grande do Sul", "Davao Oriental", "Mindoro Occidental"),
     * which the model takes for an organisation or a person.
     */
    private static final Set<String> HALVES = Set.of("Norte", "Sur", "Sul", "Oriental", "Occidental");

    /** A market is a place ("Bakara Market"), unless a word for money makes it a financial market. */
    private static final String MARKET = "Market";

    private static final Set<String> FINANCIAL_WORDS = Set.of(("Money Secondary Primary Stock Bond Bonds Securities "
                    + "Capital Futures Commodity Commodities Exchange Financial Interbank Currency Forex Debt Equity "
                    + "Equities Derivatives Gold Metal Metals Energy Power Electricity Carbon Mortgage Credit Options")
            .split(" "));

    /**
     * The word that opens the names of port towns and ports in English; not Spanish "Puerto", which names the port's
     * authority too ("el Puerto de Barcelona").
     */
    private static final String PORT = "Port";

    /** The words that join a split province's name to its half ("Agusan del Sur", "Rio Grande do Sul"). */
    private static final Set<String> HALF_JOINS = Set.of("del", "do", "de");

    /** A bazaar's words, which end no person's name, given name or not ("Jayma Bazaar", "Mangal Bazaar"). */
    private static final Set<String> BAZAAR_WORDS = Set.of("Bazaar", "Bazar", "Souk", "Souq");

    /**
     * The Portuguese and Spanish words for a port and a saint that begin towns' and islands' names ("Porto Santo",
     * "Puerto Bolívar", "São Vicente", "Santo Antão", "Ponta Porã"), which the model takes for a person's or, by
     * "Porto" the club, an organisation's; none begins a person's name.
     */
    private static final Set<String> TOWN_FIRST_WORDS = Set.of("Porto", "Puerto", "São", "Santo", "Ponta");

    /** Words of natural features that are common surnames too. */
    private static final Set<String> SURNAME_FEATURES = Set.of("Hill");

    /**
     * The words before "Center" or "Centre" that make it a building, not an institute ("Xcel Energy Center"); in an
     * article about sport, a centre the model calls an organisation is the venue ("a sold-out Xfinity Center").
     */
    private static final Set<String> CENTRE_KINDS = Set.of(
            "Sports",
            "Civic",
            "Convention",
            "Cinema",
            "Energy",
            "Events",
            "Exhibition",
            "Shopping",
            "Aquatic",
            "Aquatics",
            "Community",
            "Conference",
            "Leisure",
            "Trade");
    /**
     * A county is a place, except in a sports report, where it ends a club's name ("Derby County") or names a county's
     * team ("County Westmeath").
     */
    private static final String COUNTY = "County";
    /** A protected area is a place, a free trade area a body ("Central European Free Trade Area"). */
    private static final Pattern PROTECTED_AREA = Pattern.compile(" (?:Protected|Conservation|Wildlife) Area$");
    /**
     * Museums, galleries, libraries and hospitals are institutions: organisations, whatever the model makes of them,
     * as the web pages' annotation has them ("taken to Kenyatta National Hospital"). CoNLL-2003 calls hospitals places,
     * and its training part loses eleven names by this.
     */
    private static final Set<String> INSTITUTION_LAST_WORDS =
            Set.of("Museum", "Gallery", "Galleries", "Galerie", "Atheneum", "Kunsthalle", "Library", "Hospital");

    private static final Set<String> INSTITUTION_FIRST_WORDS = Set.of(
            "Museo", "Musée", "Museu", "Galleria", "Gallerie", "Museum", "Muzeum", "Muzej", "Múzeum", "Hospital");

    /**
     * The word for a stadium that begins its name in the Romance languages ("Estadio Azteca"); German's "Stadion" is
     * the common noun, written with a capital as every noun is ("im Stadion San Siro").
     */
    private static final Set<String> STADIUM_WORDS = Set.of("Estadio", "Estádio", "Stadio", "Stade");
    /** The words that make a place's name a saint's rather than a person's ("San Siro", "Saint-Symphorien"). */
    private static final Set<String> SAINTS = Set.of("San", "Santa", "Santo", "São", "Saint", "Sainte", "St", "Sankt");
    /** The words after which a sports report names a stadium by the person it is named after, without the word. */
    private static final Pattern STADIUM_BY_NAME =
            Pattern.compile("(?:\\b[Aa]t the|\\b[Ee]n el|\\b[Aa]u|\\b[Ii]m) \\z");

    private static final Pattern STADIUM_WORD_BEFORE =
            Pattern.compile("\\b(Estadio|Estádio|Stadio|Stade|Stadion|estadio|estádio|stadio|stade) \\z");
    /**
     * The word for a fort, a mountain, a cape or a lake that the model left out of the name after it ("Fort Wayne", of
     * which it found "Wayne" a person).
     */
    /**
     * A ruler's title before a work or a venue named after the ruler, which the model leaves out of the name it calls a
     * person's: "King" + "Talal Dam", "Queen" + "Alia Airport".
     */
    private static final Pattern ROYAL_TITLE_BEFORE =
            Pattern.compile("(?<![\\p{L}-])(?:King|Queen|Prince|Princess|Sultan|Sheikh|Emir|Shah) \\z");

    private static final Pattern FEATURE_WORD_BEFORE = Pattern.compile("(?<![\\p{L}-])(?:Fort|Mount|Cape|Lake) \\z");

    /**
     * A saint's name in the possessive and a square's, a street's or a church's word after it ("St Mark's Square", "St
     * Stephen's Cathedral"): the model finds the saint alone.
     */
    private static final Pattern SAINTS_PLACE_AFTER = Pattern.compile(
            "\\A['’]s (?:Square|Street|Cathedral|Basilica|Church|Abbey|Chapel|Green|Bridge)(?![\\p{L}])");

    private static final Pattern SAINT = Pattern.compile("(?:St\\.?|Saint|San|Santa) \\p{Lu}\\p{Ll}+");

    /** The saint's word before a name the model found without it: "St " of "St Mark's Square". */
    private static final Pattern SAINT_BEFORE = Pattern.compile("(?<![\\p{L}])(?:St\\.?|Saint) \\z");

    private static final Pattern STADIUM_SUFFIX = Pattern.compile("[ -](?:Stadium|Stadion|Stadio)\\z");

    /** How far before a name its stadium word or "at the" is looked for: "Estádio " and "at the " fit. */
    private static final int BEFORE = 12;

    private Venues() {}

    /**
     * @param zoneTexts  the article's text per zone
     * @param sports     whether the article is about sport
     * @param givenName  whether a word is a given name
     */
    public static List<Span> retype(
            List<Span> spans, Map<ZoneName, String> zoneTexts, boolean sports, Predicate<String> givenName) {
        return spans.stream()
                .map(span -> retype(span, zoneTexts.get(span.zone()), sports, givenName))
                .toList();
    }

    private static Span retype(Span span, String zoneText, boolean sports, Predicate<String> givenName) {
        if (span.known() != null) {
            return span;
        }
        Matcher word = STADIUM_WORD_BEFORE.matcher(before(span, zoneText));
        if (word.find() && STADIUM_WORDS.contains(word.group(1))) {
            return placeFrom(span, zoneText, word.group().length());
        }
        Matcher saintsPlace = SAINTS_PLACE_AFTER.matcher(zoneText).region(span.end(), zoneText.length());
        Matcher saint = SAINT_BEFORE.matcher(before(span, zoneText));
        int saintStart = SAINT.matcher(span.text()).matches()
                ? span.start()
                : saint.find() && span.tokens() == 1
                        ? span.start() - saint.group().length()
                        : -1;
        if (saintStart >= 0 && saintsPlace.lookingAt()) {
            int end = saintsPlace.end();
            return new Span(
                    span.zone(),
                    saintStart,
                    end,
                    zoneText.substring(saintStart, end),
                    EntityType.LOCATION,
                    null,
                    span.form(),
                    Words.of(zoneText.substring(saintStart, end)).length);
        }
        Matcher royal = ROYAL_TITLE_BEFORE.matcher(before(span, zoneText));
        if (royal.find() && span.type() == EntityType.PERSON && isNamedAfterARuler(span.text())) {
            return placeFrom(span, zoneText, royal.group().length());
        }
        Matcher feature = FEATURE_WORD_BEFORE.matcher(before(span, zoneText));
        if (feature.find() && (span.type() == EntityType.PERSON || span.type() == EntityType.LOCATION)) {
            return placeFrom(span, zoneText, feature.group().length());
        }
        if (span.type() != EntityType.LOCATION && namedStadium(span, zoneText, sports, givenName)) {
            return span.as(EntityType.LOCATION, null, span.form());
        }
        if (span.type() != EntityType.ORGANIZATION && isInstitution(span.text())) {
            return span.as(EntityType.ORGANIZATION, null, span.form());
        }
        boolean facility = span.type() == EntityType.ORGANIZATION && isFacility(span.text(), sports)
                || span.type() == EntityType.PERSON && isFeature(span.text(), sports, givenName)
                || isTown(span, sports);
        if (span.type() == EntityType.LOCATION || !isVenue(span.text()) && !facility) {
            return span;
        }
        return span.as(EntityType.LOCATION, null, span.form());
    }

    /**
     * Whether a name the model calls a person's says it is a natural feature or a work ({@link #FEATURE_LAST_WORDS}), a
     * place by its point of the compass ({@link #COMPASS_FIRST_WORDS}) or an administrative division
     * ({@link #DIVISION_LAST_WORDS});
     * "Hill" only outside sport, where players' surnames are read after first names the lists may not have
     * ("Glenallen Hill drove in the only run").
     */
    private static boolean isFeature(String name, boolean sports, Predicate<String> givenName) {
        String[] words = Words.of(name);
        String last = words[words.length - 1];
        return words.length >= 2
                && (FEATURE_FIRST_WORDS.contains(words[0])
                        || !sports && COMPASS_FIRST_WORDS.contains(words[0])
                        || isHalf(words)
                        || DIVISION_LAST_WORDS.contains(last) && !InstitutionWords.isSchoolDistrict(words)
                        || BAZAAR_WORDS.contains(last)
                        || FEATURE_LAST_WORDS.contains(last)
                                && !givenName.test(words[0])
                                && !(sports && SURNAME_FEATURES.contains(last)));
    }

    /**
     * Whether the name of two to four words begins with a town's word ({@link #TOWN_FIRST_WORDS}) and a capitalised
     * word, and holds no institution's word: a town or an island the model calls a person, or an organisation outside
     * sport, where "Porto Alegre" may be the club. Not "Puerto de Barcelona", the port's authority, nor "Porto
     * Digital", a body.
     */
    private static boolean isTown(Span span, boolean sports) {
        String[] words = Words.of(span.text());
        return words.length >= 2
                && words.length <= 4
                && TOWN_FIRST_WORDS.contains(words[0])
                && Character.isUpperCase(words[1].charAt(0))
                && !InstitutionWords.holdsOne(words)
                && (span.type() == EntityType.PERSON || span.type() == EntityType.ORGANIZATION && !sports);
    }

    /** Whether a market's name is a financial market's, a body ("Zagreb Money Market", "Beirut Secondary Market"). */
    private static boolean isFinancialMarket(String[] words) {
        for (String word : words) {
            if (FINANCIAL_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name is a port town's or a port's ("Port Douglas", "Port Elizabeth", "Port of Bissau"), which the
     * model takes for a company: not a port's authority or company ("Port Authority"), checked outside sport only,
     * where "Port Vale" is a club.
     */
    private static boolean isPort(String[] words) {
        return words[0].equals(PORT) && words.length <= 3 && !InstitutionWords.holdsOne(words);
    }

    /**
     * Whether the name is a province's or a region's half ({@link #HALVES}): one word before the half, or before
     * "del"/"do"/"de" and the half, and no institution's word ("Banco del Sur" is a bank).
     */
    private static boolean isHalf(String[] words) {
        return HALVES.contains(words[words.length - 1])
                && (words.length == 2 || words.length == 3 && HALF_JOINS.contains(words[1]))
                && !InstitutionWords.holdsOne(words);
    }

    /**
     * Whether a name says it is a museum or a gallery: "Uffizi Galleries", "Museo di Capodimonte", "Rijksmuseum",
     * "Dallas Museum of Art", "Centralne Muzeum Włókiennictwa" (a museum's word second of three words or more).
     */
    static boolean isInstitution(String name) {
        String[] words = Words.of(name);
        String last = words[words.length - 1];
        return words.length >= 2
                        && (INSTITUTION_LAST_WORDS.contains(last)
                                || INSTITUTION_FIRST_WORDS.contains(words[0])
                                || words.length >= 3 && INSTITUTION_FIRST_WORDS.contains(words[1])
                                || hasInstitutionOf(words))
                || words.length == 1 && last.length() > 8 && last.endsWith("museum");
    }

    /** Whether a museum's or a gallery's word and "of" stand inside the name: "Dallas Museum of Art". */
    private static boolean hasInstitutionOf(String[] words) {
        for (int i = 0; i + 2 < words.length; i++) {
            if (INSTITUTION_LAST_WORDS.contains(words[i]) && words[i + 1].equals("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name of a stadium named after a person, the same whichever language names it, so that it has one id:
     * "Estadio Ramón Sánchez-Pizjuán", "Stade Pierre-Mauroy", "Giuseppe-Meazza-Stadion", a person's name after a
     * stadium word in small letters ("au stade Pierre-Mauroy", "im Stadion Pierre-Mauroy") and the person a sports
     * report names a stadium after ("at the Ramón Sánchez-Pizjuán", "en el Ramón Sánchez-Pizjuán") are "Ramón
     * Sánchez-Pizjuán Stadium" and "Pierre-Mauroy Stadium". Other stadiums keep their names as written ("Allianz
     * Stadion", "Stadio Olimpico", "Stade de France"), which their own languages give them in English too. The cost:
     * where English keeps a person-named stadium's own word ("Stadio Luigi Ferraris", "Stade Ernest-Wallon"), the
     * id is still the translated one (location:luigi-ferraris-stadium), one id for every language's spelling.
     */
    public static String name(Span span, String zoneText, boolean sports, Predicate<String> givenName) {
        String text = span.text();
        String[] words = Words.of(text);
        Matcher suffix = STADIUM_SUFFIX.matcher(text);
        String person = null;
        if (words.length >= 2 && STADIUM_WORDS.contains(words[0])) {
            person = text.substring(words[0].length()).strip();
        } else if (suffix.find()) {
            person = text.substring(0, suffix.start());
        } else if (!isVenue(text) && !isFacility(text, sports) && namedStadium(span, zoneText, sports, givenName)) {
            person = text;
        }
        return person != null && isPersonsName(person, givenName) ? person + " Stadium" : text;
    }

    /** Whether the name of two or more words ends with a word for a work or a venue: "Talal Dam", "Alia Airport". */
    private static boolean isNamedAfterARuler(String name) {
        String[] words = Words.of(name);
        String last = words[words.length - 1];
        return words.length >= 2
                && (FEATURE_LAST_WORDS.contains(last) || BAZAAR_WORDS.contains(last) || LAST_WORDS.contains(last));
    }

    /** The place named by the word of {@code length} characters (its space included) before the span, and the span. */
    private static Span placeFrom(Span span, String zoneText, int length) {
        int start = span.start() - length;
        return new Span(
                span.zone(),
                start,
                span.end(),
                zoneText.substring(start, span.end()),
                EntityType.LOCATION,
                null,
                span.form(),
                span.tokens() + 1);
    }

    /** The words right before the name, where a stadium word or "at the" stands. */
    private static String before(Span span, String zoneText) {
        return zoneText.substring(Math.max(0, span.start() - BEFORE), span.start());
    }

    /** Whether a name is a person's: it begins with a given name, not a saint's, and every word has a capital. */
    private static boolean isPersonsName(String name, Predicate<String> givenName) {
        String[] words = Words.of(name);
        String first = words[0].split("-")[0];
        return !name.isEmpty()
                && givenName.test(first)
                && !SAINTS.contains(first)
                && Arrays.stream(words).allMatch(word -> Character.isUpperCase(word.codePointAt(0)));
    }

    /**
     * Whether a name is a stadium's by the words before it: a stadium word in small letters ("stade", "estadio"), or,
     * in a sports report, a person's name after "at the", "en el", "au" or "im".
     */
    private static boolean namedStadium(Span span, String zoneText, boolean sports, Predicate<String> givenName) {
        String before = before(span, zoneText);
        if (STADIUM_WORD_BEFORE.matcher(before).find()) {
            return true;
        }
        return sports
                && Words.of(span.text()).length >= 2
                && (span.type() == EntityType.PERSON || span.type() == EntityType.LOCATION)
                && isPersonsName(span.text(), givenName)
                && STADIUM_BY_NAME.matcher(before).find();
    }

    /** Whether an organisation's name is a building's, a work's or a district's by its last words. */
    private static boolean isFacility(String name, boolean sports) {
        String[] words = Words.of(name);
        if (words.length < 2) {
            return false;
        }
        String last = words[words.length - 1];
        return FACILITY_LAST_WORDS.contains(last)
                        && !InstitutionWords.isSchoolDistrict(words)
                        && !(last.equals(MARKET) && isFinancialMarket(words))
                || !sports && (last.equals(COUNTY) || words[0].equals(COUNTY) || isHalf(words) || isPort(words))
                || PROTECTED_AREA.matcher(name).find()
                || (last.equals("Center") || last.equals("Centre"))
                        && (sports || CENTRE_KINDS.contains(words[words.length - 2]));
    }

    /**
     * The name of a river, a lake, a mountain or an island named in full by two words, without the word for the
     * feature ("Moy" of "River Moy", "Gatun" of "Gatun Lake"), or null.
     */
    static String featureName(String name) {
        String[] words = Words.of(name);
        if (words.length != 2) {
            return null;
        }
        if (NATURAL_FIRST_WORDS.contains(words[0]) && Character.isUpperCase(words[1].codePointAt(0))) {
            return words[1];
        }
        return NATURAL_LAST_WORDS.contains(words[1]) && Character.isUpperCase(words[0].codePointAt(0))
                ? words[0]
                : null;
    }

    public static boolean isVenue(String name) {
        String[] words = Words.of(name);
        if (words.length == 1) {
            return isVenueCompound(words[0]);
        }
        if (LegalForms.beginsWithOne(words) || LegalForms.endsWithOne(words)) {
            return false; // "PT Indonesia Morowali Industrial Park", a company
        }
        if (BodyNames.haveBodyOf(words)) {
            return false; // "the Legislature of the Virgin Islands", "the University of the West Indies"
        }
        if (TeamNames.isStadeClub(name)) {
            return false; // "Stade Toulousain", a club
        }
        return LAST_WORDS.contains(words[words.length - 1])
                || FIRST_WORDS.contains(words[0])
                || isVenueCompound(words[0]);
    }

    /** One word that ends in a word for a stadium: "RheinEnergieStadion", "Veltins-Arena", "Eisstadion" (Davos). */
    private static boolean isVenueCompound(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 8
                && (lower.endsWith("stadion") || lower.endsWith("stadium") || lower.endsWith("arena"));
    }
}
