package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Words;

/**
 * Institutions named by two subjects joined by "and", which the model cuts at the "and": "the Institute of
 * Archaeology and Ethnography" (the model: "Institute of Archaeology" and a place, "Ethnography"), "Wrocław University
 * of Science and Technology", "Instituto Nacional de Meteorología e Hidrología", "the England and Wales Cricket Board"
 * (the model: "Wales Cricket Board"), "the Water and Sanitation Agency", "the Tanzania–Zambia Railway Authority", and
 * a stand named for two people, "the Greenidge and Haynes Stand" (the model: a person and "Haynes Stand").
 * <ul>
 * <li>an organisation's name with "of", "for", "de" or "du" in it goes on over "and" ("&amp;", "y", "e", "et", "und")
 * and the capitalised words after it, and over a list of subjects that commas join and "and" closes ("the Ministry of
 * Agriculture, Livestock, Fisheries and Forestry"), where no person, known name or listed place stands in the list,
 * and not over a name that ends with an institution's own word ("the University of Yaoundé I and Tokai University");</li>
 * <li>an organisation's name that ends in a word for a body (Board, Agency, Authority …), and a stand's, a
 * pavilion's or a theatre's, begins one word earlier when "and" or a dash joins a capitalised word to it, and no
 * capitalised word comes before that one;</li>
 * <li>such a name begins where a name of up to three words the model found before it begins, when "and" or "&amp;"
 * alone joins them and no capitalised word comes before that name: "the Virgin Islands Water and Power Authority"
 * (the model: a place, "Virgin Islands Water", and "Power Authority"), "the International Ski and Snowboard
 * Federation", "the Hengtong Road and Bridge Company", "the Ayni Opera and Ballet Theatre". A name ending in a word
 * for a body is an organisation, whatever the model called its part.</li>
 * </ul>
 * Only names the gazetteers do not know are extended, never over a name they know ("the Institute of Physics and
 * Siemens"), and a name they know whole over no more than two words ("the European Bank for Reconstruction and
 * Development and Fondo Adriatico Ventures"); the whole name is an organisation in place of what was found on its words.
 */
public final class CoordinatedNames {

    private static final String WORD = "\\p{Lu}[\\p{L}’'-]*";
    private static final String AND = "(?:and|&|y|e|et|und)";
    /** "and Ethnography", "e Hidrología", "y Comercializadores de Cereales": right after an organisation's name. */
    private static final Pattern FOLLOWING = Pattern.compile("^ " + AND + " (" + WORD
            + "(?: (?:of |for |de |del |de la |des |du )?" + WORD + "){0,3})(?![\\p{L}\\p{N}])");
    /**
     * ", Fisheries and Forestry", ", Livestock, Fisheries and Forestry", ", Forests and Climate Change": the rest of a
     * list of subjects of one or two words after an organisation's name, which a comma joins and "and" closes.
     */
    private static final Pattern LISTED = Pattern.compile("^(?:, " + WORD + "(?: " + WORD + ")?){1,4},? (?:and|&) "
            + WORD + "(?: " + WORD + ")?" + "(?![\\p{L}\\p{N}])");
    /**
     * A name after "and" that ends with an institution's own word is another institution: "the University of Yaoundé I
     * and Tokai University".
     */
    private static final Pattern OWN_INSTITUTION = Pattern.compile(" (?:University|College|Institute|Hospital)$");
    /** The name's own "of", "for", "de": a name of a subject that another subject can join. */
    private static final Pattern SUBJECT = Pattern.compile(" (?:of|for|de|del|du|des) ");
    /** "England and ", "Water and ", "Tanzania–": right before an organisation's name. */
    private static final Pattern PRECEDING = Pattern.compile(
            "(?:^|(?:^|[^\\p{L}\\p{N}’'.-])(\\p{L}+) |[^\\p{L}\\p{N}’'.\\s-])(" + WORD + ")(?: " + AND + " |[–-])\\z");

    private static final Pattern BODY = Pattern.compile("(?:Board|Agency|Authority|Council|Commission|Corporation|"
            + "Association|Federation|Union|Institute|Company|Trust|Committee|Service|Services|Bureau|Office)$");

    /** A stand or a pavilion named for two people: "the Greenidge and Haynes Stand". */
    private static final Pattern STAND = Pattern.compile(" (?:Stand|Pavilion|Terrace|Theatre|Theater)$");

    /** "and" or "&amp;" alone between two names: "Virgin Islands Water and Power Authority". */
    private static final Pattern JOINER = Pattern.compile(" (?:and|&) ");
    /** The word before a name, if one comes before it in its clause. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?:^|[^\\p{L}\\p{N}’'.-])(\\p{L}+) \\z");

    private static final int BEFORE = 60;

    private CoordinatedNames() {}

    /** The candidates, with each organisation's name extended over what is coordinated with it. */
    public static List<Span> extend(
            List<Span> candidates, Map<ZoneName, String> zoneTexts, Predicate<String> isPlaceName) {
        List<Span> extended = new ArrayList<>();
        for (Span span : candidates) {
            boolean stand = span.type() == EntityType.LOCATION
                    && (STAND.matcher(span.text()).find()
                            || BODY.matcher(span.text()).find());
            if (span.type() != EntityType.ORGANIZATION && !stand
                    || span.known() != null
                    || extended.stream().anyMatch(span::overlaps)) {
                continue;
            }
            Span whole = whole(span, zoneTexts.get(span.zone()), candidates, isPlaceName);
            if (whole != span) {
                extended.add(whole);
            }
        }
        return Span.replacing(candidates, extended);
    }

    private static Span whole(Span span, String zoneText, List<Span> candidates, Predicate<String> isPlaceName) {
        int start = span.start();
        int end = span.end();
        boolean body = BODY.matcher(span.text()).find();
        boolean stand = STAND.matcher(span.text()).find();
        if (body || stand) {
            Matcher before = PRECEDING.matcher(zoneText.substring(Math.max(0, start - BEFORE), start));
            if (before.find() && lowerOrArticle(before.group(1))) {
                int from = start - (before.end() - before.start(2));
                if (!knownOn(span.zone(), from, start, candidates, EntityType.ORGANIZATION, EntityType.PERSON)) {
                    start = from;
                }
            } else {
                start = joinedNameStart(span, zoneText, candidates);
            }
        }
        while (!stand && SUBJECT.matcher(zoneText.substring(start, end)).find()) {
            String rest = zoneText.substring(end);
            Matcher after = FOLLOWING.matcher(rest);
            Matcher listed = LISTED.matcher(rest);
            if (after.find()
                    && !OWN_INSTITUTION.matcher(after.group(1)).find()
                    && !(Words.of(after.group(1)).length > 2 && knownWhole(span, candidates))
                    && !knownOn(
                            span.zone(), end + after.start(1), end + after.end(1), candidates, EntityType.values())) {
                end += after.end(1);
            } else if (listed.find() && !namedOn(span.zone(), end, end + listed.end(), candidates, isPlaceName)) {
                end += listed.end();
            } else {
                break;
            }
        }
        if (start == span.start() && end == span.end()) {
            return span;
        }
        String text = zoneText.substring(start, end);
        EntityType type = body ? EntityType.ORGANIZATION : span.type();
        return new Span(span.zone(), start, end, text, type, null, MentionForm.NAME, Words.of(text).length);
    }

    /**
     * Where a name the model found before the span begins, when "and" alone joins the two, it is of up to three words,
     * no gazetteer knows it as a whole for an organisation or a person (not "Siemens and Marine Services Company"; a
     * known name inside it, "Virgin" of "Virgin Islands Water", does not count), it is no person's, and no capitalised
     * word comes before it; the span's own start otherwise.
     */
    private static int joinedNameStart(Span span, String zoneText, List<Span> candidates) {
        for (Span before : candidates) {
            if (before.zone() != span.zone()
                    || before.known() != null
                    || before.type() == EntityType.PERSON
                    || before.tokens() > 3
                    || before.end() >= span.start()
                    || !JOINER.matcher(zoneText.substring(before.end(), span.start()))
                            .matches()) {
                continue;
            }
            Matcher word =
                    WORD_BEFORE.matcher(zoneText.substring(Math.max(0, before.start() - BEFORE), before.start()));
            boolean knownAlone = candidates.stream()
                    .anyMatch(other -> other.known() != null
                            && other.sameStretch(before)
                            && (other.type() == EntityType.ORGANIZATION || other.type() == EntityType.PERSON));
            if ((!word.find() || lowerOrArticle(word.group(1))) && !knownAlone) {
                return before.start();
            }
        }
        return span.start();
    }

    /**
     * Whether a name the gazetteers know, a person the model found, or a place the model found that the list of the
     * world's place names has, stands on any of the characters from {@code start} to {@code end}: a list of names, not
     * of subjects ("the Ministry of Finance, Mexico and Brazil"; not "the Ministry of Spatial Planning, Urbanism and
     * State Property", where the model takes "Urbanism" for a place).
     */
    private static boolean namedOn(
            ZoneName zone, int start, int end, List<Span> candidates, Predicate<String> isPlaceName) {
        return candidates.stream()
                .anyMatch(other -> other.zone() == zone
                        && other.start() < end
                        && start < other.end()
                        && (other.known() != null
                                || other.type() == EntityType.PERSON
                                || other.type() != EntityType.ORGANIZATION && isPlaceName.test(other.text())));
    }

    /** No word before the one joined, or one in small letters, or "The". */
    private static boolean lowerOrArticle(String word) {
        return word == null || Character.isLowerCase(word.codePointAt(0)) || word.equals("The");
    }

    /**
     * Whether a gazetteer knows the model's name whole, on the same words: then more than two words after its "and" are
     * another name ("the European Bank for Reconstruction and Development and Fondo Adriatico Ventures" names two
     * lenders), where one or two may be its subject ("the Institute of Archaeology and Ethnography").
     */
    private static boolean knownWhole(Span span, List<Span> candidates) {
        return candidates.stream().anyMatch(other -> other.known() != null && other.sameStretch(span));
    }

    /**
     * Whether a name the gazetteers know, of one of the types, stands on any of the characters from {@code start} to
     * {@code end}.
     */
    private static boolean knownOn(ZoneName zone, int start, int end, List<Span> candidates, EntityType... types) {
        return candidates.stream()
                .anyMatch(other -> other.zone() == zone
                        && other.known() != null
                        && List.of(types).contains(other.type())
                        && other.start() < end
                        && start < other.end());
    }
}
