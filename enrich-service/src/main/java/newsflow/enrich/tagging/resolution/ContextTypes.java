package newsflow.enrich.tagging.resolution;

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
import newsflow.enrich.tagging.gazetteer.Gazetteer;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.mentions.credits.Datelines;
import newsflow.enrich.tagging.text.LegalForms;
import newsflow.enrich.tagging.text.Words;

/**
 * Types names the model found by the words around them and by the given-name list, where the model's own guess is
 * weakest: people whose first name is also a place ("Jordan Mills", "Georgia Brennan", "Chad Okoro") and new
 * companies' one-word names ("Orbitra, a satellite imaging start-up, ...", "Polish start-up Orbitra").
 * <ul>
 * <li>A name of two or three capitalised words that the model calls an organisation or a place is a person when
 * its first word is a given name, none of its words says it is an organisation or a place ("Bank", "City",
 * "Valley"), and a title, a verb of saying or an age stands next to it ("midfielder Jordan Mills", "Jordan Mills
 * said", "Jordan Mills, 27,"), it is a line of its own (an author's name under the headline), or its last word
 * alone elsewhere is a person's: the model says so, or a verb of saying follows it or a title precedes it ("Mills
 * said"). A name the model calls a place whose first word is no given name the lists know is a person only by that
 * last cue, when neither it nor its last word is a place's name ("Zinedine Zidane" ... "Zidane scored").</li>
 * <li>A place that is also a given name, right before a name the model calls a person, begins that person's name:
 * "Chad" + "Okoro".</li>
 * <li>A name in capitals that opens a line and is followed by a date or an agency is a place: the dateline's
 * ("DENVER, Aug 22 (Reuters) -").</li>
 * <li>A one-word name the model calls an organisation is a place, in every mention, when the article calls it a
 * city, town, village or port: "the northern city of Groningen", "die Stadt X", "la ville de X"; so is a name of up
 * to three words the model calls a person or an organisation, in the mention an apposition calls one ("El Alto, the
 * fast-growing city above the capital", "Klyuchevskoy, the tallest active volcano in Russia", "Castro, the island’s
 * capital"; not "a historian of the region").</li>
 * <li>A one-word name the model calls a person or a place is an organisation, in every mention, when the article
 * says so: "X, a start-up based in ...", "Polish start-up X", "the wholesaler X", "the journal Oryx", "the X gang", "a group calling
 * itself X", "X Inc", "shares in X"; so is a name of two or three words the model calls a person's, whose first word
 * is no given name, after such a word ("the engineering firm Mostogradnja Kranj").</li>
 * </ul>
 */
public final class ContextTypes {

    /** Words that end or make an organisation's or a place's name, never a person's (and the legal forms). */
    private static final Set<String> NOT_PERSON_WORDS = Set.of(
            "Bank",
            "Group",
            "Power",
            "Energy",
            "Airlines",
            "Airways",
            "Air",
            "Motors",
            "Holdings",
            "Capital",
            "Partners",
            "Systems",
            "Technologies",
            "Foods",
            "Media",
            "Press",
            "News",
            "Times",
            "Post",
            "Club",
            "United",
            "City",
            "Town",
            "County",
            "Athletic",
            "Rovers",
            "Wanderers",
            "Albion",
            "Tech",
            "University",
            "College",
            "School",
            "Institute",
            "Hospital",
            "Council",
            "Party",
            "Union",
            "Association",
            "Federation",
            "Foundation",
            "Fund",
            "Trust",
            "Agency",
            "Ministry",
            "Department",
            "Office",
            "Authority",
            "Commission",
            "Committee",
            "Court",
            "Police",
            "Army",
            "Navy",
            "Force",
            "Forces",
            "Church",
            "Centre",
            "Center",
            "Museum",
            "Theatre",
            "Orchestra",
            "Records",
            "Pictures",
            "Studios",
            "Games",
            "Cup",
            "Open",
            "League",
            "Championship",
            "Festival",
            "Prize",
            "Award",
            "House",
            "Hall",
            "Street",
            "Road",
            "Avenue",
            "Square",
            "Bridge",
            "Station",
            "Airport",
            "Port",
            "Harbour",
            "Beach",
            "Bay",
            "Island",
            "Islands",
            "Lake",
            "River",
            "Valley",
            "Mountains",
            "Hills",
            "Park",
            "Stadium",
            "Arena",
            "Republic",
            "Kingdom",
            "State",
            "States",
            "Province",
            "Region",
            "District",
            "Coast",
            "Sea",
            "Ocean",
            "Gulf",
            "Strait",
            "Canal",
            "North",
            "South",
            "East",
            "West",
            "New",
            "Saint",
            "St",
            "St.",
            "Fort",
            "Mount",
            "Lower",
            "Upper",
            "Greater",
            "National",
            "International",
            "Global",
            "Royal",
            "General",
            "Motor",
            "Insurance",
            "Pharma",
            "Pharmaceuticals",
            "Electric",
            "Oil",
            "Gas",
            "Steel",
            "Mining",
            "Resources",
            "Industries",
            "Services",
            "Solutions",
            "Labs",
            "Software",
            "Networks",
            "Telecom",
            "Mobile");
    /** Titles, roles and honorifics written before a person's name. */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?i)\\b(mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|"
            + "professor|president|premier|minister|chancellor|senator|governor|mayor|judge|general|colonel|captain|"
            + "coach|manager|striker|forward|midfielder|defender|goalkeeper|keeper|winger|captain|player|champion|"
            + "chief executive|ceo|chairman|chairwoman|chair|founder|co-founder|director|spokesman|spokeswoman|"
            + "spokesperson|analyst|economist|editor|reporter|correspondent|actor|actress|singer|author|artist|"
            + "driver|rider|teammate|team-mate|compatriot|secretary|ambassador|envoy|leader|king|queen|prince|"
            + "princess|pope|bishop|rabbi|imam"
            // German, French, Spanish
            + "|herr|frau|bundeskanzler|bundeskanzlerin|kanzler|kanzlerin|ministerin|ministerpräsident|"
            + "ministerpräsidentin|präsident|präsidentin|bürgermeister|bürgermeisterin|trainer|trainerin|stürmer|"
            + "chef|chefin|sprecher|sprecherin|vorsitzende|vorsitzender|abgeordnete|abgeordneter|m|mme|mlle|"
            + "présidente|président|ministre|maire|entraîneur|attaquant|porte-parole|directeur|directrice|"
            + "secrétaire|chancelier|chancelière|député|députée|presidente|presidenta|ministra|ministro|alcalde|"
            + "alcaldesa|entrenador|delantero|portavoz|directora|secretario|secretaria|canciller|don|doña)"
            + "\\.?,?\\s+$");
    /**
     * Verbs that a person more than a place is the subject of, after a given name alone ("Santiago can show me"); not
     * "is home to", which a place takes.
     */
    private static final Pattern GIVEN_NAME_AFTER = Pattern.compile(
            "^\\s+(?:is|has|was|had|will|can|could|would|does|did|kept|knows|wants|puts)\\s+(?!home\\b)");

    /**
     * Verbs of saying and doing that follow a person's name, an age in commas, or an apposition naming what a person
     * does ("Selma Begović, a linguist at the University of Tuzla").
     */
    private static final Pattern PERSON_AFTER = Pattern.compile("^(,\\s*\\d{1,3}\\s*,"
            + "|,\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:linguist|student|teacher|farmer|fisherman|nurse|doctor|lawyer"
            + "|engineer|researcher|scientist|historian|lecturer|grower|vendor|pensioner|widow|activist|campaigner"
            + "|journalist|photographer|novelist|poet|painter|curator|architect|chef|musician|dancer|biologist"
            + "|geologist|archaeologist|physicist|chemist|ecologist|volunteer|veteran|midwife|mechanic|carpenter"
            + "|shopkeeper|trader)\\b"
            + "|\\s+(said|says|told|added|"
            + "explained|argued|wrote|tweeted|posted|warned|insisted|admitted|denied|claimed|stressed|noted|"
            + "recalled|scored|netted|signed|joined|resigned|died|was born|who\\b"
            + "|sagte|sagt|erklärte|betonte|meinte|kündigte|warnte|forderte|a déclaré|a dit|a affirmé|a indiqué|"
            + "a annoncé|a expliqué|a estimé|a souligné|dijo|afirmó|declaró|explicó|señaló|aseguró|anunció|"
            + "advirtió))");

    private static final Pattern ORGANISATION_NOUNS = Pattern.compile("(company|firm|start-up|startup|maker|group|"
            + "bank|lender|insurer|developer|provider|operator|retailer|manufacturer|producer|platform|app|brand|"
            + "chain|carrier|airline|broker|fund|agency|supplier|distributor|publisher|broadcaster|studio|label|"
            + "charity|club|team|party|conglomerate|subsidiary|unit|venture|business|outfit|consultancy|alliance|"
            + "foundation|organisation|organization|coalition|network|association|institute|university|union|"
            + "regulator|watchdog|newspaper|magazine|journal|broadcaster|exchange|fund|wholesaler|band|gang|collective|"
            + "cooperative|co-op|fintech|federation|authority|ministry|commission|directorate|inspectorate|bureau|"
            + "weather service|news service|statistics office|statistics service"
            + "|unternehmen|konzern|firma|hersteller|händler|kette|gruppe|verein|partei|entreprise|société|groupe|"
            + "banque|constructeur|chaîne|enseigne|fabricant|marque|compagnie|parti|empresa|compañía|grupo|banco|"
            + "cadena|marca|fabricante|firma|partido|aerolínea)");
    /**
     * An apposition whose head is a word for a body, after a comma: ", a textile company based on", ", a start-up
     * based in", ", the indigenous community organisation that", ", a subsidiary of"; not where a preposition or a
     * possessive comes first, as in a person's ("a researcher at the security firm", "the company’s co-founder"), nor
     * a word that names people's trades too ("a property developer", "a film producer").
     */
    private static final Pattern BODY_APPOSITION = Pattern.compile(",\\s+(?:a|an|the|another)\\s+"
            + "(?:(?!(?:at|of|for|in|with|from|by|on|and|to)\\b)[\\p{L}\\d-]+(?<![’']s)\\s+){0,4}"
            + "(?:company|firm|start-up|startup|group|bank|lender|insurer|retailer|manufacturer|platform|app|brand|chain"
            + "|carrier|airline|fund|agency|charity|club|party|conglomerate|subsidiary|venture|business|consultancy"
            + "|alliance|foundation|organisation|organization|coalition|network|association|institute|university"
            + "|union|regulator|watchdog|newspaper|magazine|journal|broadcaster|exchange|wholesaler|collective"
            + "|cooperative|co-op|fintech|federation|authority|ministry|commission|bureau)"
            + "(?=\\s*(?:[,.;:)]|$)|\\s+(?:based|that|which|founded|owned|run|set|backed|listed|headquartered|of|in"
            + "|from|with|whose|specialising|specializing|known|created|registered|for)\\b)");
    /** What a body does, after a comma and "which": ", which makes", ", which runs", ", which employs". */
    private static final Pattern WHICH_DOES = Pattern.compile(",\\s+which\\s+(?:makes|produces|sells|runs|operates"
            + "|owns|employs|builds|supplies|exports|manufactures|designs|develops|publishes|brews|roasts|mines|ships"
            + "|distributes|processes)\\b");

    private static final Pattern ORGANISATION_AFTER = Pattern.compile("^(\\s+(Inc|Corp|Ltd|plc|PLC|AG|SA|GmbH|NV|"
            + "ASA|AB|LLC)\\b|,\\s+(a|an|the|another|ein|eine|der|die|das|un|une|le|la|el|una)\\s+"
            + "([\\p{L}\\d-]+\\s+){0,5}"
            + ORGANISATION_NOUNS.pattern()
            + "\\b|"
            + WHICH_DOES.pattern()
            + "|\\s+(shares|stock|gang|band)\\b|['’]s\\s+(shares|stock|board|chief executive|ceo|chairman|headquarters|"
            + "shareholders|investors|customers|employees|staff|workers|products|revenue|profit|sales)\\b)");
    private static final Pattern ORGANISATION_BEFORE = Pattern.compile("(?i)(\\b" + ORGANISATION_NOUNS.pattern()
            + "\\s+|\\bcalling itself\\s+|\\bshares\\s+(in|of)\\s+|\\b(analyst|economist|strategist|researcher|partner|fellow|professor|"
            + "lecturer|engineer|executive|director)\\s+at\\s+)$");
    /**
     * A word for a company or a body right before a name, that is no person's role or trade, as "producer" or "broker"
     * are: "the engineering firm Mostogradnja Kranj".
     */
    private static final Pattern BODY_BEFORE = Pattern.compile("(?i)\\b(?:company|firm|start-up|startup|bank|lender|"
            + "insurer|retailer|manufacturer|conglomerate|subsidiary|consultancy|charity|newspaper|carrier|airline|"
            + "chain|cooperative)\\s+$");
    /** "Members of X left the chamber": the members of a party, a union, a club. */
    private static final Pattern MEMBERS_OF = Pattern.compile("(?i)\\bmembers of\\s+$");

    /** A word for a body and a comma right before the name: "the atolls’ phone and internet company, X, …". */
    private static final Pattern ORGANISATION_BEFORE_COMMA =
            Pattern.compile("(?i)\\b(?:the|its|their|our|[\\p{L}’']+['’]s?)\\s+(?:[\\p{L}-]+\\s+){0,4}"
                    + ORGANISATION_NOUNS.pattern() + ",\\s+$");

    /** "the northern city of X", "the port of X", "die Stadt X", "la ville de X", "la ciudad de X". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:(?:city|town|village|port|capital|"
            + "suburb|resort|municipality) of|(?:stadt|gemeinde|ortschaft)|(?:ville|commune|village) de|"
            + "(?:ciudad|localidad|villa|municipio) de) $");

    /**
     * An apposition that says what place the name is: "El Alto, the fast-growing city above the capital", "X, a
     * market town in …"; the word for the place ends the phrase or a preposition follows it (not "a town councillor").
     */
    private static final Pattern PLACE_AFTER =
            Pattern.compile("^, (?:a|an|the) (?:(?!of )[\\p{L}’'-]+ ){0,3}(?:city|town|"
                    + "village|port|capital|suburb|municipality|district|province|region|county|neighbourhood|neighborhood|"
                    + "volcano|mountain|peak|island|atoll|river|lake|glacier|peninsula|valley|archipelago)"
                    + "(?=[,.;:)]| (?:above|below|near|on|in|of|at|by|where|that|which|north|south|east|west|across|along"
                    + "|outside|whose)\\b)");

    private static final int WINDOW = 80;
    /** A capitalised word right before, without punctuation between: the word after it is part of a longer name. */
    private static final Pattern NAME_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'’-]* $");

    private ContextTypes() {}

    static List<Span> retype(List<Span> spans, Map<ZoneName, String> zoneTexts, Gazetteer gazetteer) {
        List<Span> joined = joinGivenNames(spans, zoneTexts, gazetteer);
        Set<String> organisations = new HashSet<>();
        Set<String> places = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        for (Span span : joined) {
            if (isNamedBody(span, zoneTexts.get(span.zone()), gazetteer)
                    || isBodyByWhatFollows(span, zoneTexts.get(span.zone()))) {
                organisations.add(span.text());
            }
            if (span.known() != null || span.tokens() != 1) {
                continue;
            }
            String zoneText = zoneTexts.get(span.zone());
            if (organisationCue(span, zoneText)) { // also where the model agrees there: "the Dutch company Freenom"
                organisations.add(span.text());
            }
            if (span.type() == EntityType.ORGANIZATION && placeCue(span, zoneText)) {
                places.add(span.text());
            }
            if (span.type() == EntityType.PERSON) {
                surnames.add(span.text());
            }
        }
        places.addAll(placesByApposition(joined, zoneTexts));
        List<Span> retyped = new ArrayList<>(joined.size());
        for (Span span : joined) {
            if (isDateline(span, zoneTexts.get(span.zone()))) {
                retyped.add(as(span, EntityType.LOCATION));
            } else if (span.known() == null && organisations.contains(span.text())) {
                retyped.add(as(span, EntityType.ORGANIZATION));
            } else if (span.known() == null && places.contains(span.text())
                    || placeApposition(span, zoneTexts.get(span.zone()))) {
                retyped.add(as(span, EntityType.LOCATION));
            } else if (isPerson(span, zoneTexts, gazetteer, surnames)) {
                retyped.add(as(span, EntityType.PERSON));
            } else {
                retyped.add(span);
            }
        }
        return retyped;
    }

    private static boolean isDateline(Span span, String zoneText) {
        return span.known() == null && span.type() != EntityType.LOCATION && Datelines.isPlace(span, zoneText);
    }

    private static boolean isPerson(
            Span span, Map<ZoneName, String> zoneTexts, Gazetteer gazetteer, Set<String> surnames) {
        String zoneText = zoneTexts.get(span.zone());
        if (span.known() != null || span.type() == EntityType.PERSON || span.tokens() < 2 || span.tokens() > 3) {
            return false;
        }
        String[] words = Words.of(span.text());
        if (words.length != span.tokens()) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0))
                    || NOT_PERSON_WORDS.contains(word)
                    || LegalForms.isOne(word)) {
                return false;
            }
        }
        String surname = words[words.length - 1];
        if (!gazetteer.isGivenName(words[0])) {
            return span.type() == EntityType.LOCATION
                    && !gazetteer.isPlaceName(span.text())
                    && !gazetteer.isPlaceName(surname)
                    && surnameCue(surname, zoneTexts);
        }
        return personCue(span, zoneText)
                || aloneOnLine(span, zoneText)
                || surnames.contains(surname)
                || surnameCue(surname, zoneTexts);
    }

    /** Whether the name is a line of its own, as an author's name under the headline is ("Glenn Somerville"). */
    private static boolean aloneOnLine(Span span, String zoneText) {
        boolean starts = span.start() == 0 || zoneText.charAt(span.start() - 1) == '\n';
        int end = span.end();
        while (end < zoneText.length() && zoneText.charAt(end) == ' ') {
            end++;
        }
        return starts && (end == zoneText.length() || zoneText.charAt(end) == '\n');
    }

    /** Whether the word, alone elsewhere in the article, is followed by a verb of saying or follows a title. */
    private static boolean surnameCue(String surname, Map<ZoneName, String> zoneTexts) {
        if (occurrences(surname, zoneTexts) < 2) {
            return false; // only in the name itself: looked for before the pattern is made, which costs more
        }
        Pattern alone = Pattern.compile(
                "(?<![\\p{L}\\p{N}] )(?<![\\p{L}\\p{N}])" + Pattern.quote(surname) + "(?![\\p{L}\\p{N}])(?! \\p{Lu})");
        for (String text : zoneTexts.values()) {
            Matcher matcher = alone.matcher(text);
            while (matcher.find()) {
                String before = text.substring(Math.max(0, matcher.start() - WINDOW), matcher.start());
                String after = text.substring(matcher.end(), Math.min(text.length(), matcher.end() + WINDOW));
                boolean partOfName = NAME_BEFORE.matcher(before).find();
                if (!partOfName
                        && (PERSON_AFTER.matcher(after).find()
                                || TITLE_BEFORE.matcher(before).find())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int occurrences(String word, Map<ZoneName, String> zoneTexts) {
        int count = 0;
        for (String text : zoneTexts.values()) {
            for (int at = text.indexOf(word); at >= 0 && count < 2; at = text.indexOf(word, at + word.length())) {
                count++;
            }
        }
        return count;
    }

    /** Whether the article calls the name a city, town, village or port right before it. */
    private static boolean placeCue(Span span, String zoneText) {
        return PLACE_BEFORE
                .matcher(zoneText.substring(Math.max(0, span.start() - WINDOW), span.start()))
                .find();
    }

    /**
     * The one-word names an apposition calls a place ("Klyuchevskoy, the tallest active volcano in Russia"), in every
     * mention, where none has a title or a verb of saying by it and no person's longer name holds it ("Kingston
     * Amponsah" … "Kingston, the Jamaican capital").
     */
    private static Set<String> placesByApposition(List<Span> spans, Map<ZoneName, String> zoneTexts) {
        Set<String> places = new HashSet<>();
        for (Span span : spans) {
            if (span.tokens() == 1 && placeApposition(span, zoneTexts.get(span.zone()))) {
                places.add(span.text());
            }
        }
        if (places.isEmpty()) {
            return places; // most articles: the people's cues below are not looked for
        }
        for (Span span : spans) {
            if (span.type() == EntityType.PERSON
                    && (span.tokens() > 1 || personCue(span, zoneTexts.get(span.zone())))) {
                places.removeAll(List.of(Words.of(span.text())));
            }
        }
        return places;
    }

    /** Whether an apposition after a name of one to three words the model calls otherwise says it is a place. */
    private static boolean placeApposition(Span span, String zoneText) {
        return span.known() == null
                && span.tokens() <= 3
                && span.type() != EntityType.LOCATION
                && PLACE_AFTER
                        .matcher(zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + WINDOW)))
                        .find();
    }

    /**
     * Whether a verb that a person more than a place is the subject of follows a given name: "Santiago has been
     * patient all week", "Santiago can show me each farm"; not "Santiago were", nor a place's "is home to", which a
     * country's name takes too.
     */
    public static boolean givenNameCue(Span span, String zoneText) {
        String after = zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + WINDOW));
        return GIVEN_NAME_AFTER.matcher(after).find();
    }

    /** Whether a title stands before the name or a verb of saying, doing or being after it. */
    public static boolean personCue(Span span, String zoneText) {
        String before = zoneText.substring(Math.max(0, span.start() - WINDOW), span.start());
        String after = zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + WINDOW));
        return TITLE_BEFORE.matcher(before).find()
                || PERSON_AFTER.matcher(after).find();
    }

    /**
     * Whether the words around the name say it is an organisation: a legal form or an apposition after it ("X, a
     * start-up"), what it does after "which" ("X, which runs the tram"), a word for a body before it ("the wholesaler
     * X"), such a word and a comma before it with a comma after it, an apposition the other way round ("The atolls’
     * phone company, Teletok, will …"), or "members of" before it ("Members of Tawassoul left the chamber"; not
     * "members of Smith’s staff").
     */
    public static boolean organisationCue(Span span, String zoneText) {
        String before = zoneText.substring(Math.max(0, span.start() - WINDOW), span.start());
        String after = zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + WINDOW));
        return ORGANISATION_AFTER.matcher(after).find()
                || ORGANISATION_BEFORE.matcher(before).find()
                || after.startsWith(",")
                        && ORGANISATION_BEFORE_COMMA.matcher(before).find()
                || MEMBERS_OF.matcher(before).find() && !after.startsWith("’") && !after.startsWith("'");
    }

    /**
     * Whether a name of two or three words the model calls a person's is a body's by what it does, said with "which"
     * after it ("Marsa Azote, which makes fertilisers"), or by an apposition whose head is a word for a body
     * ("Tessiture Lariane, a textile company based on"), as no person's is, whatever its first word is ("Marsa" is a
     * given name too). A name of one word is told so by {@link #organisationCue} ("Luxtram, which runs the tram").
     */
    private static boolean isBodyByWhatFollows(Span span, String zoneText) {
        if (span.known() != null || span.type() != EntityType.PERSON || span.tokens() < 2 || span.tokens() > 3) {
            return false;
        }
        String after = zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + WINDOW));
        return WHICH_DOES.matcher(after).lookingAt()
                || BODY_APPOSITION.matcher(after).lookingAt();
    }

    /**
     * Whether a name of two or three words the model calls a person's is a body's by the word for a body right before
     * it ("the engineering firm Mostogradnja Kranj"), where its first word is no given name ("the firm John Smith
     * founded").
     */
    private static boolean isNamedBody(Span span, String zoneText, Gazetteer gazetteer) {
        if (span.known() != null || span.type() != EntityType.PERSON || span.tokens() < 2 || span.tokens() > 3) {
            return false;
        }
        String first = Words.of(span.text())[0];
        return !gazetteer.isGivenName(first)
                && BODY_BEFORE
                        .matcher(zoneText.substring(Math.max(0, span.start() - WINDOW), span.start()))
                        .find();
    }

    /**
     * A one-word place that is also a given name, followed by a space and a name the model calls a person, is the
     * first name of that person: "Chad" + "Okoro" is Chad Okoro. Spans are in zone and offset order.
     */
    private static List<Span> joinGivenNames(List<Span> spans, Map<ZoneName, String> zoneTexts, Gazetteer gazetteer) {
        List<Span> joined = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span place = spans.get(i);
            Span person = i + 1 < spans.size() ? spans.get(i + 1) : null;
            if (person != null
                    && place.known() != null
                    && place.tokens() == 1
                    && (place.type() == EntityType.COUNTRY || place.type() == EntityType.LOCATION)
                    && place.form() != MentionForm.DEMONYM
                    && gazetteer.isGivenName(place.text())
                    && person.known() == null
                    && person.type() == EntityType.PERSON
                    && person.zone() == place.zone()
                    && person.start() == place.end() + 1
                    && zoneTexts.get(place.zone()).charAt(place.end()) == ' ') {
                String text = zoneTexts.get(place.zone()).substring(place.start(), person.end());
                joined.add(new Span(
                        place.zone(),
                        place.start(),
                        person.end(),
                        text,
                        EntityType.PERSON,
                        null,
                        MentionForm.NAME,
                        place.tokens() + person.tokens()));
                i++;
            } else {
                joined.add(place);
            }
        }
        return joined;
    }

    private static Span as(Span span, EntityType type) {
        return span.type() == type ? span : span.as(type, null, span.form());
    }
}
