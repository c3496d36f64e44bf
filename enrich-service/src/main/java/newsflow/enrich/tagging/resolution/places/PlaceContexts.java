package newsflow.enrich.tagging.resolution.places;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.gazetteer.Gazetteer;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.resolution.ContextTypes;
import newsflow.enrich.tagging.text.Words;

/**
 * Places the model calls people, told by the words around them: a town, a province or an island whose name the
 * model has not seen often reads to it as a surname ("cooperatives in Sfax, Kairouan and Sidi Bouzid", "at her home
 * in Almada", "growers in Mato Grosso and Goiás"). A name the model calls a person, that no gazetteer knows and that
 * does not begin with a given name, is a place (and so is one word that the given-name lists and the list of the world's
 * place names both have, by the first two signs only: "vendors in Arima and San Fernando")
 * <ul>
 * <li>in a list with a place: joined to a place by "and", "or" or a comma inside the list ("Bodø, Tromsø and
 * Hammerfest"), not in an apposition ("the ambassador in Tbilisi, Kristīne Ozola, said");</li>
 * <li>after "in", "near", "outside", "around" or "across", where no possessive or other name follows it ("in
 * Almada.", not "in Smith’s view");</li>
 * <li>after "the", one word, where the clause ends or a preposition follows ("across the Arno,", "the Khazneh
 * itself"), unless a person of the article bears it;</li>
 * <li>outside sport, where the list of the world's place names has it ("He named Chitipa") and no person of the
 * article bears it;</li>
 * <li>where it is a French or Spanish article and a name, or a county, whatever its first word ("Le Lorrain", "La
 * Ceiba", "County Clare", "Lamar County"), which no person's name is, unless another person of the article bears its
 * words ("Marine Le Pen" … "Le Pen").</li>
 * </ul>
 * Outside sport, a name the model calls an organisation that no gazetteer knows is a place too where that list has
 * it, it stands in a list with a place or after "in", "near" …, and no word for a company or a body stands by it
 * anywhere in the article ("the ports of Beira and Nacala"). So is a name of either type after a river's or a coast's
 * side and "the" ("the banks of the Daugava", "across the Dyfi").
 */
public final class PlaceContexts {

    /** A list's next member after a name: a joiner, then a capitalised word. */
    private static final Pattern LIST_GOES_ON = Pattern.compile("(?:, |,? and |,? or )\\p{Lu}");

    /**
     * A preposition of going or being somewhere, before a name: "to", "from", "at", "on", "via" …; not "to" after a
     * word that takes a person or an owner there ("belonging to", "according to", "spoke to", "letters to").
     */
    private static final Pattern MOTION_PREPOSITION = Pattern.compile(
            "(?:\\b(?:[Ff]rom|at|on|into|onto|via|towards|toward)|(?<!belonging|according|spoke|talked|wrote"
                    + "|replied|reported|married|listened|letter|letters|loyal|close|next|thanks|due|similar|sold|owed"
                    + "|addressed|said|told|belongs|belonged|went|goes|go) to) \\z");
    /** An auxiliary and a verb of saying after a name: "Qidra had said", a person's. */
    private static final Pattern SAYING_AFTER = Pattern.compile("^\\s+(?:had|has|have|would|will|could|did|does)\\s+"
            + "(?:not\\s+)?(?:said|say|told|tell|denied|deny|added|claimed|confirmed|insisted|argued)\\b");

    /** A preposition that puts the name after it in a place: "in", "near", "outside" …, also opening a sentence. */
    public static final Pattern PLACE_PREPOSITION =
            Pattern.compile("\\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]round|[Aa]cross) \\z");
    /** A kind of place and "of" before its name: "the port of", "the village of", "the capital of". */
    private static final Pattern PLACE_OF = Pattern.compile("\\b(?:port|town|city|village|island|province|region"
            + "|district|municipality|capital|suburb|outskirts|parish|oasis|hamlet|township) of \\z");

    private static final int PLACE_OF_BEFORE = "municipality of ".length();

    /** A river's or a coast's side before "the" and a name: "the banks of the Daugava", "across the Dyfi". */
    private static final Pattern SIDE_OF_THE = Pattern.compile(
            "\\b(?:[Bb]anks? of|[Mm]outh of|[Ss]hores? of|[Vv]alley of|[Ee]stuary of|[Aa]cross|[Aa]long) the \\z");

    private static final int SIDE_OF_THE_BEFORE = "estuary of the ".length();

    /** What may follow a place: the end of the clause (in tokenised text after a space) or a word in small letters. */
    private static final Pattern AFTER_PLACE = Pattern.compile("^(?: ?[,.;:!?)]|\\s+\\p{Ll}|\\s*$)");

    /**
     * A word for a landform, a watercourse or a site after a place's name: "the Izalco volcano", "the Zaatari camp".
     */
    private static final Pattern FEATURE_AFTER = Pattern.compile("^\\s+(?:volcano|ridge|caldera|crater|plateau|plain"
            + "|valley|basin|delta|estuary|lagoon|reef|atoll|archipelago|peninsula|massif|range|glacier|gorge|canyon"
            + "|embankment|corridor|camp|oasis|wetlands?|highlands|floodplain|watershed|steppe|desert|escarpment)\\b");

    /** "the" before a name: "across the Arno", "in front of the Khazneh". */
    private static final Pattern THE = Pattern.compile("(?<![\\p{L}])the \\z");
    /**
     * What follows a place after "the" and seldom a person's name there, which is a modifier ("the Clinton
     * administration"): the end of the clause, or a preposition, a conjunction or a verb of rivers and places.
     */
    private static final Pattern AFTER_THE_PLACE = Pattern.compile("^(?: ?[,.;:!?)]|\\s*$|\\s+(?:near|after|before|at"
            + "|in|on|into|from|to|with|by|for|and|or|is|was|has|had|itself|which|where|that|when|as|between|below"
            + "|above|through|burst|flows|runs|rose|flooded)\\b)");

    /**
     * A place's name of two words that no person's is: after a French or Spanish article ("Le Lorrain", "El Alto"; not "Les",
     * a given name: "Les Ferdinand"; not three words, as a Vietnamese name can be: "Le Minh Khoa"), or a county's.
     */
    private static final Pattern ARTICLED_OR_COUNTY =
            Pattern.compile("^(?:Le|La|Los|Las|El) \\p{Lu}\\S*|^County \\p{Lu}\\S*|^\\p{Lu}\\S* County$");

    private static final int BEFORE = 10;
    private static final int LONGEST_JOINER = ", and ".length();

    private PlaceContexts() {}

    /**
     * Retypes until nothing changes, so that a place found in a list makes places of the names listed with it ("Bodø,
     * Tromsø and Hammerfest", where the model knows only Bodø).
     */
    public static List<Span> retype(
            List<Span> spans, Map<ZoneName, String> zoneTexts, Gazetteer gazetteer, boolean sports) {
        List<Span> current = spans;
        Set<String> personWords = personWords(spans);
        Article article = new Article(
                gazetteer,
                sports,
                personWords,
                organisationsByContext(spans, zoneTexts, gazetteer),
                featureNames(spans),
                sports ? Set.of() : placesGoneTo(spans, zoneTexts, gazetteer, personWords));
        boolean changed = true;
        while (changed) {
            changed = false;
            List<Span> retyped = new ArrayList<>(current.size());
            for (Span span : current) {
                boolean place = isPlace(span, current, zoneTexts.get(span.zone()), article);
                retyped.add(place ? span.as(EntityType.LOCATION, null, span.form()) : span);
                changed |= place;
            }
            current = retyped;
        }
        return current;
    }

    /** What is known of the article once, before the passes. */
    private record Article(
            Gazetteer gazetteer,
            boolean sports,
            Set<String> personWords,
            Set<String> organisations,
            Set<String> featureNames,
            Set<String> placesGoneTo) {}

    /**
     * Whether a name the model calls a person (or, outside sport, an organisation named like a place that no word for
     * a company stands by) is a place: in a list with a place or after a preposition of place; a person's name also
     * by the place names alone, outside sport.
     */
    private static boolean isPlace(Span span, List<Span> spans, String zoneText, Article article) {
        if (articledOrCounty(span, spans) || featureShortName(span, article) || besideTheWater(span, zoneText)) {
            return true;
        }
        if (givenNamedPlace(span, article.gazetteer())) {
            return listedWithPlace(span, spans, zoneText)
                    || afterPlacePreposition(span, zoneText)
                    || article.placesGoneTo().contains(span.text());
        }
        boolean person = mayBePlace(span, article.gazetteer());
        boolean organisation = !article.sports()
                && organisationPlace(span, article.gazetteer())
                && !article.organisations().contains(span.text());
        if (!person && !organisation) {
            return false;
        }
        if (listedWithPlace(span, spans, zoneText) || afterPlacePreposition(span, zoneText)) {
            return true;
        }
        if (person && article.placesGoneTo().contains(span.text())) {
            return true;
        }
        if (person && afterThe(span, zoneText, article.personWords())) {
            return true;
        }
        if (person && beforeAFeature(span, zoneText, article.personWords())) {
            return true;
        }
        return person && !article.sports() && placeName(span, zoneText, article.gazetteer(), article.personWords());
    }

    /**
     * A person's name the model found, no gazetteer knows, of one to three capitalised words, no given name first unless
     * the list of the world's place names has the name of two or three words whole.
     */
    private static boolean mayBePlace(Span span, Gazetteer gazetteer) {
        if (span.type() != EntityType.PERSON || span.known() != null || span.tokens() > 3) {
            return false;
        }
        String[] words = Words.of(span.text());
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return !gazetteer.isGivenName(words[0].split("-")[0])
                || words.length >= 2
                        && gazetteer.isPlaceName(span.text()); // "Nova Lima", though "Nova" is a given name
    }

    /**
     * A one-word name the model calls a person that the given-name lists have and the list of the world's place names
     * has too: a place only in a list with a place or after a preposition of place ("vendors in Arima and San
     * Fernando"), where a given name alone seldom stands, and wherever the article names it so and names no person by
     * it ({@link #placesGoneTo}).
     */
    private static boolean givenNamedPlace(Span span, Gazetteer gazetteer) {
        return span.type() == EntityType.PERSON
                && span.known() == null
                && span.tokens() == 1
                && !span.text().equals(span.text().toUpperCase(Locale.ROOT))
                && gazetteer.isGivenName(span.text())
                && gazetteer.isPlaceName(span.text());
    }

    /**
     * Whether the name of two words begins with "Le", "La", "Los" or "Las", or is "County …" or "… County", and no
     * other person's name of the article bears its word besides the article or "County".
     */
    private static boolean articledOrCounty(Span span, List<Span> spans) {
        if (span.type() != EntityType.PERSON
                || span.known() != null
                || span.tokens() != 2
                || !ARTICLED_OR_COUNTY.matcher(span.text()).matches()) {
            return false;
        }
        Set<String> personWords = personWords(spans.stream()
                .filter(other -> !other.text().equals(span.text()))
                .toList());
        String[] words = Words.of(span.text());
        String name = words[1].equals("County") ? words[0] : words[1];
        return !personWords.contains(name);
    }

    /**
     * The one-word names the model calls people's (and the names of more words the list of the world's place names
     * has), outside sport, that stand after a preposition of going or being somewhere where a place stands ("the line
     * to Broadmeadow if", "the power station at Laudat began", "some on Kökar fear", "a hospital in Burnie,"; also
     * where another finder has already made that mention a place: "on Kanton, an atoll"), in an article that names no
     * person by them otherwise: no mention of the name has a title or a verb of saying by it, none is a possessive
     * (unless the list of the world's place names has the name and it is no given name: "Da Nang’s first"), it is no
     * word of a longer person's name, and no given name unless the list of the world's place names has it too ("sent to
     * Burnie" … "Burnie is a long drive"). A person named by one word alone, never introduced by the full name, is rare
     * in news outside sport.
     */
    private static Set<String> placesGoneTo(
            List<Span> spans, Map<ZoneName, String> zoneTexts, Gazetteer gazetteer, Set<String> personWords) {
        Set<String> candidates = new HashSet<>();
        for (Span span : spans) {
            if (!unknownPersonOrPlaceWord(span, gazetteer)) {
                continue;
            }
            boolean person = span.type() == EntityType.PERSON;
            String zoneText = zoneTexts.get(span.zone());
            String after = zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + 3));
            if (!span.text().equals(span.text().toUpperCase(Locale.ROOT))
                    && !personWords.contains(span.text())
                    && AFTER_PLACE.matcher(after).find()
                    && (MOTION_PREPOSITION
                                    .matcher(zoneText.substring(Math.max(0, span.start() - 3 * BEFORE), span.start()))
                                    .find()
                            || PLACE_PREPOSITION
                                    .matcher(zoneText.substring(Math.max(0, span.start() - BEFORE), span.start()))
                                    .find())
                    && (person
                            ? mayBePlace(span, gazetteer) || givenNamedPlace(span, gazetteer)
                            : !gazetteer.isGivenName(span.text()))) {
                candidates.add(span.text());
            }
        }
        if (candidates.isEmpty()) {
            return candidates; // most articles: the people's cues below are not looked for
        }
        for (Span span : spans) {
            if (!unknownPersonOrPlaceWord(span, gazetteer) || !candidates.contains(span.text())) {
                continue;
            }
            String zoneText = zoneTexts.get(span.zone());
            String after = zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + 3));
            String further = zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + 30));
            boolean possessive = after.startsWith("’") || after.startsWith("'");
            if (span.type() == EntityType.PERSON && ContextTypes.personCue(span, zoneText)
                    || possessive && !listedTown(span.text(), gazetteer)
                    || SAYING_AFTER.matcher(further).find()) {
                candidates.remove(span.text());
            }
        }
        return candidates;
    }

    /**
     * Whether the list of the world's place names has the name and the given-name lists do not: a town's possessive
     * ("Da Nang’s first chip designer") is no sign of a person.
     */
    private static boolean listedTown(String name, Gazetteer gazetteer) {
        return gazetteer.isPlaceName(name) && !gazetteer.isGivenName(Words.of(name)[0]);
    }

    /**
     * One word no gazetteer knows that the model calls a person or a place, or two or three that the list of the
     * world's place names has whole ("a freshman from Moose Jaw, Saskatchewan").
     */
    private static boolean unknownPersonOrPlaceWord(Span span, Gazetteer gazetteer) {
        return (span.type() == EntityType.PERSON || span.type() == EntityType.LOCATION)
                && span.known() == null
                && (span.tokens() == 1 || span.tokens() <= 3 && gazetteer.isPlaceName(span.text()));
    }

    /**
     * Whether a one-word name the model calls a person is a river's, a lake's or a mountain's the article names in
     * full ("the River Moy" … "salmon on the Moy"), and no person of the article bears it.
     */
    private static boolean featureShortName(Span span, Article article) {
        return span.type() == EntityType.PERSON
                && span.known() == null
                && span.tokens() == 1
                && article.featureNames().contains(span.text())
                && !article.personWords().contains(span.text());
    }

    /** The names of the rivers, lakes and mountains the article names in full: "Moy" of "River Moy". */
    private static Set<String> featureNames(List<Span> spans) {
        Set<String> names = new HashSet<>();
        for (Span span : spans) {
            String name = Venues.featureName(span.text());
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The words of the people's names of two words or more the model found in the article; not of a venue's or a
     * river's name the model took for a person's, which {@link Venues} makes a place later ("River Moy" … "the Moy").
     */
    static Set<String> personWords(List<Span> spans) {
        Set<String> words = new HashSet<>();
        for (Span span : spans) {
            if (span.type() == EntityType.PERSON && span.tokens() > 1 && !Venues.isVenue(span.text())) {
                words.addAll(List.of(Words.of(span.text())));
            }
        }
        return words;
    }

    /**
     * Whether the name, written in small letters after a capital, is a town's, a city's, a state's or a province's
     * somewhere ({@link Gazetteer#isPlaceName}), no person of the article bears it ("Jenna Maitland" ... "Maitland
     * moved an amendment"), no title or verb of saying stands by it and no other name follows it (the model may take
     * only the first word of a name: "Tolu" of "Tolu Adeyemi-Clarke"). Not in sports articles, whose line-ups and
     * scorers name players by surname alone.
     */
    private static boolean placeName(Span span, String zoneText, Gazetteer gazetteer, Set<String> personWords) {
        String after = zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + 3));
        if (span.text().equals(span.text().toUpperCase(Locale.ROOT))
                || !gazetteer.isPlaceName(span.text())
                || !AFTER_PLACE.matcher(after).find()
                || ContextTypes.personCue(span, zoneText)) {
            return false;
        }
        return !bearsAPersonsWord(span, personWords);
    }

    /** Whether a word of the name is a word of a person's full name in the article. */
    private static boolean bearsAPersonsWord(Span span, Set<String> personWords) {
        for (String word : Words.of(span.text())) {
            if (personWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names the model calls organisations, that are also places' names, that a word for a company or a body stands
     * by somewhere in the article ("Ontario-based Magna", "Magna's shares").
     */
    private static Set<String> organisationsByContext(
            List<Span> spans, Map<ZoneName, String> zoneTexts, Gazetteer gazetteer) {
        Set<String> names = new HashSet<>();
        for (Span span : spans) {
            String zoneText = zoneTexts.get(span.zone());
            if (span.type() == EntityType.ORGANIZATION
                    && gazetteer.isPlaceName(span.text())
                    && (ContextTypes.organisationCue(span, zoneText) || basedBefore(span, zoneText))) {
                names.add(span.text());
            }
        }
        return names;
    }

    private static boolean basedBefore(Span span, String zoneText) {
        return zoneText.startsWith("-based ", Math.max(0, span.start() - "-based ".length()));
    }

    /**
     * Whether a name the model calls an organisation, that no gazetteer knows as one, is a town's, a city's, a state's
     * or a province's name ({@link Gazetteer#isPlaceName}: "Perpignan", "Occitanie", "Minas Gerais"). It is taken for
     * the place only in a list with a place or after "in", "near" …, where no word for a company or a body stands by it
     * anywhere in the article, and not in sports articles, where a place's name is often its club's: companies are
     * named after places too ("Lenzing expects negative results", "TVX and Kinross rose").
     */
    private static boolean organisationPlace(Span span, Gazetteer gazetteer) {
        return span.type() == EntityType.ORGANIZATION
                && span.known() == null
                && span.tokens() <= 3
                && !span.text().equals(span.text().toUpperCase(Locale.ROOT))
                && gazetteer.isPlaceName(span.text());
    }

    private static boolean listedWithPlace(Span span, List<Span> spans, String zoneText) {
        for (Span other : spans) {
            if (other == span
                    || other.zone() != span.zone()
                    || other.form() == MentionForm.DEMONYM
                    || other.type() != EntityType.LOCATION && other.type() != EntityType.COUNTRY) {
                continue;
            }
            if (listed(zoneText, other, span) || listed(zoneText, span, other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two names stand side by side in a list: joined by "and" or "or"; by a comma where the list goes on
     * after the second ("Sfax, Kairouan and", not the apposition "in Tbilisi, Kristīne Ozola, said"); by a comma and
     * "and" where a comma comes before the first ("Bodø, Tromsø, and Hammerfest", not "at Gojek, and Melati").
     */
    private static boolean listed(String zoneText, Span first, Span second) {
        if (first.end() >= second.start() || second.start() - first.end() > LONGEST_JOINER) {
            return false;
        }
        String joiner = zoneText.substring(first.end(), second.start());
        if (joiner.equals(" and ") || joiner.equals(" or ")) {
            return true;
        }
        if (joiner.equals(", ")) {
            return LIST_GOES_ON.matcher(zoneText.substring(second.end())).lookingAt();
        }
        if (joiner.equals(", and ") || joiner.equals(", or ")) {
            return first.start() >= 2 && zoneText.startsWith(", ", first.start() - 2);
        }
        return false;
    }

    /**
     * Whether the name stands between "the" and a word for a landform, a watercourse or a site in small letters ("the
     * Izalco volcano", "the Amo Chu embankment", "the Zaatari camp"), where a person's name seldom stands, and no
     * person of the article bears its words.
     */
    private static boolean beforeAFeature(Span span, String zoneText, Set<String> personWords) {
        if (bearsAPersonsWord(span, personWords)) {
            return false;
        }
        String before = zoneText.substring(Math.max(0, span.start() - BEFORE), span.start());
        String after = zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + 16));
        return THE.matcher(before).find() && FEATURE_AFTER.matcher(after).find();
    }

    /**
     * Whether a one-word name stands after "the" where a place stands, and no person of the article bears it: "across
     * the Arno,", "the Khazneh itself"; not a family or a team ("the Kennedys", "the Gigantes"), nor a person's name
     * as a modifier ("the Clinton administration").
     */
    private static boolean afterThe(Span span, String zoneText, Set<String> personWords) {
        if (span.tokens() != 1 || span.text().endsWith("s") || personWords.contains(span.text())) {
            return false;
        }
        String before = zoneText.substring(Math.max(0, span.start() - BEFORE), span.start());
        String after = zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + 12));
        return THE.matcher(before).find() && AFTER_THE_PLACE.matcher(after).find();
    }

    /**
     * Whether a name of one or two words the model calls a person or an organisation, and no gazetteer knows, stands
     * after a river's or a coast's side and "the" ({@link #SIDE_OF_THE}: "on the banks of the Daugava", "stallholders
     * from across the Dyfi"), where the model takes a river for a body by its "the".
     */
    private static boolean besideTheWater(Span span, String zoneText) {
        if (span.known() != null
                || span.tokens() > 2
                || span.type() != EntityType.PERSON && span.type() != EntityType.ORGANIZATION) {
            return false;
        }
        String before = zoneText.substring(Math.max(0, span.start() - SIDE_OF_THE_BEFORE), span.start());
        return SIDE_OF_THE.matcher(before).find();
    }

    /**
     * Whether a preposition of place ({@link #PLACE_PREPOSITION}) or a kind of place with "of" ({@link #PLACE_OF}:
     * "the Black Sea port of Poti") comes before the name, and the clause ends or goes on in small letters after it.
     */
    public static boolean afterPlacePreposition(Span span, String zoneText) {
        String before = zoneText.substring(Math.max(0, span.start() - PLACE_OF_BEFORE), span.start());
        String after = zoneText.substring(span.end(), Math.min(zoneText.length(), span.end() + 3));
        return (PLACE_PREPOSITION.matcher(before).find()
                        || PLACE_OF.matcher(before).find())
                && AFTER_PLACE.matcher(after).find();
    }
}
