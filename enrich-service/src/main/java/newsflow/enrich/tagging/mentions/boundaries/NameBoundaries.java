package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.ArticleWords;
import newsflow.enrich.tagging.text.Token;
import newsflow.enrich.tagging.text.Words;

/**
 * Mends the edges of names the model runs together, as a model that tags words but not where one name ends and the
 * next begins does:
 * <ul>
 * <li>an ordinary word that opens the sentence is not part of the name after it: "Shares of Douglas &amp; Lomason
 * Co" is Douglas &amp; Lomason Co, "In Milwaukee" and "Around Kainantu" are Milwaukee and Kainantu (the article
 * writes the word in small letters elsewhere, or it is a preposition or a verb that asks: "Ask Fátima"), but not a
 * word for a lake, a mountain, a river and the like ("Lake Ohrid law passes" above "the lake’s northern end");</li>
 * <li>two names joined by "and" or "or" are two names when one of them is known or stands alone elsewhere in the
 * article, or when both end in the same word: "Mercantile and Commerce", "Banc One and First Chicago", "Austrian
 * Airlines and Brussels Airlines" (but not "Trinidad and Tobago", one known name, nor the subjects after a body's
 * "for": "the Public Authority for Special Economic Zones and Free Zones"), at whichever "and" that holds ("the
 * European Bank for Reconstruction and Development and Fondo Adriatico Ventures");</li>
 * <li>a possessive ends the name before it: "Naples’s Museo di Capodimonte" (not one that is part of a name,
 * "National People’s Power": {@link PossessiveNames});</li>
 * <li>a possessive's ending or an abbreviation in small letters does not begin a name: "the kingdom’s Ministry of
 * Lands", "after 5 p.m. Amnesty International Kenya said";</li>
 * <li>a monarch's or pope's number belongs to the name: "Queen Elizabeth II", "King Baudouin I"; a title does not:
 * "Mayor Dana Whitacre-Lund" is Dana Whitacre-Lund;</li>
 * <li>a place made a modifier is a place of its own: "St. Louis-based Mercantile Bancorp Inc." is St. Louis and
 * Mercantile Bancorp Inc.;</li>
 * <li>two names joined by "as" or by a dash with spaces around it are two names ("Dortmund as Leverkusen",
 * "Philippines — Cebu Pacific"; where the model calls the whole a person's name, only the words after the dash are a
 * name of the model's, as a scorer's after their team: "Slovan — Vukadinović (pen) 34"), so are two organisations' or places' names
 * a slash joins in a caption, where one has two words or more ("Image: IREB/Kyoto University"; not "AC/DC"), and an
 * institution "in" a place is the institution and the place ("Norwegian Polar Institute in Tromsø", "University of Indonesia in Depok", "Assiniboia
 * Securities in Regina").</li>
 * <li>UNESCO's list is no body: "UNESCO World Heritage" is UNESCO, "World Heritage Site" nothing.</li>
 * </ul>
 */
public final class NameBoundaries {

    /**
     * What a name does not begin with: a possessive's ending or an abbreviation in small letters ("p.m."), each
     * before a space; then a capital letter.
     */
    private static final Pattern LEADING_NOISE =
            Pattern.compile("^(?:[’']s |\\p{Ll}+\\.(?:\\p{Ll}+\\.)* )+(?=\\p{Lu})");

    /**
     * Words for a natural feature or a work that begin a place's name, which stay in it though the article writes them
     * in small letters too ("Lake Ohrid law passes" above "the lake’s northern end").
     */
    private static final Set<String> FEATURE_WORDS =
            Set.of("Lake", "Mount", "River", "Cape", "Fort", "Port", "Gulf", "Bay", "Loch", "Lough", "Isle");

    private static final Set<String> OPENING_WORDS = Set.of(
            "In",
            "At",
            "On",
            "For",
            "From",
            "To",
            "By",
            "With",
            "After",
            "Before",
            "Under",
            "Over",
            "Like",
            "As",
            "If",
            "When",
            "While",
            "Whoever",
            "Both",
            "But",
            "And",
            "Or",
            "Then",
            "Since",
            "Until",
            "Unlike",
            "Including",
            "Among",
            "Against",
            "Despite",
            "Via",
            "Per",
            "Around",
            "Across",
            "Along",
            "Throughout",
            "During",
            "Toward",
            "Towards",
            "Amid",
            "Within",
            "Upon",
            "Ask",
            "Tell",
            "Thank",
            "Blame",
            "Meet",
            "Remember",
            "Forget");
    /** UNESCO's list of places, at the end of a name the model calls an organisation's. */
    private static final Pattern WORLD_HERITAGE = Pattern.compile("(?:^| )World Heritage(?: Sites?| List)?$");

    private static final Set<String> LINKING_WORDS = Set.of("of", "at", "in", "for", "the", "from");
    private static final Pattern CONJUNCTION = Pattern.compile(" (and|or) ");
    /** A possessive inside a name: "Naples’s Museo di Capodimonte" is Naples and the museum. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})['’]s (?=\\p{Lu})");
    /** "as" between two capitalised names, in no name: "Bayern held at Dortmund as Leverkusen close gap". */
    private static final Pattern REGNAL_NUMBER = Pattern.compile("(?:X{0,2})(?:IX|IV|V?I{0,3})");

    /** A title before a person's name, and the space after it. */
    static final Pattern PERSON_TITLE = Pattern.compile("(?:Mayor|President|Vice President|Senator|Sen\\.|"
            + "Governor|Gov\\.|Representative|Rep\\.|Minister|Prime Minister|Chancellor|Premier|Judge|Justice|Coach|"
            + "Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Prof\\.?|Professor|General|Gen\\.|Colonel|Col\\.|Captain|Capt\\.|"
            + "Lieutenant|Lt\\.|Sergeant|Sgt\\.|Detective|Inspector|Superintendent|Commissioner|Councillor|"
            + "Councilman|Councilwoman|Alderman|Ambassador|Secretary|Bishop|Archbishop|Cardinal|Rabbi|Imam|Chairman|"
            + "Chairwoman|Speaker|Deputy|Sheriff|Bundeskanzler|Bundeskanzlerin|Kanzler|Kanzlerin|Präsident|"
            + "Präsidentin|Ministerin|Monsieur|Madame|Mme|Señor|Señora|Presidente|Presidenta|Ministra|Ministro|"
            + "Datuk Seri|Datuk|Dato['’] Sri|Dato['’]|Datin|Tan Sri|Puan Sri|Tun|Ratu|Ranger|Islander|Fisherman|"
            + "Fisherwoman|Farmer|Skipper|Constable|Pastor|Reverend|Rev\\.|Warden|Nurse|Midwife|Chef) ");

    private static final Set<String> TITLES = Set.of(
            "King",
            "Queen",
            "Pope",
            "Emperor",
            "Empress",
            "Tsar",
            "Czar",
            "Prince",
            "Princess",
            "Sultan",
            "Shah",
            "Emir",
            "Kaiser",
            "Pharaoh",
            "Duke",
            "Grand");
    /** "-based " and the like between a place and a capitalised name, in a name the model ran together. */
    private static final Pattern PLACE_MODIFIER = Pattern.compile(
            "(?<=[\\p{L}.])-(?:based|headquartered|registered|listed|owned|run|led|backed) (?=\\p{Lu})");

    /**
     * A slash between two names in a caption: "IREB/Kyoto University", two sources credited. In running text a slash
     * joins the parts of one name ("the Gingrich / Dole Congress", "Bold / Ogilvy and Mather").
     */
    private static final Pattern SLASH = Pattern.compile("(?<=[\\p{L}.]) ?/ ?(?=\\p{Lu})");

    private static final Pattern AS = Pattern.compile("(?<=\\p{L}) as (?=\\p{Lu})");
    /** A dash with a space on each side, which no name holds: "TAGUM — Banana growers", "Philippines — Cebu Pacific". */
    private static final Pattern SPACED_DASH = Pattern.compile(" [—–] (?=\\p{Lu})");
    /**
     * An institution or a company "in" a place of one to three words: "Norwegian Polar Institute in Tromsø",
     * "University of Indonesia in Depok", "Assiniboia Securities in Regina".
     */
    private static final Pattern IN =
            Pattern.compile("(?<=(?:^| )(?:Institute|University|College|School|Museum|Gallery|"
                    + "Hospital|Bank|Council|Court|Centre|Center|Company|Group|Agency|Authority|Embassy|Consulate|Library|"
                    + "Observatory|Laboratory|Zoo|Academy|Foundation|Parliament|Assembly|Securities|Ventures|Capital|"
                    + "Partners|Holdings|Labs|Systems|Technologies|Industries|Studios)(?: of \\p{Lu}[\\p{L}’'-]{0,30})?) in "
                    + "(?=\\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*){0,2}$)");

    private NameBoundaries() {}

    /** Whether the word is a title before a person's name: "King", "Prince", "Bishop", "Senator". */
    static boolean isTitle(String word) {
        return TITLES.contains(word) || PERSON_TITLE.matcher(word + " ").matches();
    }

    /**
     * The candidates with their edges mended, each language's way too ({@link LanguageBoundaries}); in German, with
     * names joined to their organisations' nouns.
     */
    /** Whether a name begins with a word for a natural feature or a work: "Port Mathurin", "Lake Ohrid". */
    public static boolean beginsWithFeatureWord(String[] words) {
        return words.length > 0 && FEATURE_WORDS.contains(words[0]);
    }

    public static List<Span> repair(
            List<Span> candidates,
            Map<ZoneName, List<List<Token>>> tokens,
            Map<ZoneName, String> texts,
            String language) {
        List<Span> repaired = LanguageBoundaries.mend(repair(candidates, tokens), texts, language);
        return "de".equals(language) ? GermanCompounds.join(repaired, tokens) : repaired;
    }

    /**
     * A name does not begin with a possessive's ending or an abbreviation in small letters that the model ran into
     * it: "’s Ministry of Lands" is the Ministry of Lands, "p.m. Amnesty International Kenya" is Amnesty International
     * Kenya. Null where nothing of the name is left.
     */
    private static Span withoutLeadingNoise(Span span) {
        Matcher noise = LEADING_NOISE.matcher(span.text());
        if (!noise.lookingAt()) {
            return span;
        }
        int from = noise.end();
        return from >= span.text().length() ? null : span.part(from, span.text().length(), span.type());
    }

    static List<Span> repair(List<Span> candidates, Map<ZoneName, List<List<Token>>> tokens) {
        Set<String> smallWords = ArticleWords.smallWords(tokens);
        Set<String> sentenceStarts = ArticleWords.sentenceStarts(tokens);
        Map<String, Token> byStart = new HashMap<>();
        Map<String, Token> byEnd = new HashMap<>();
        tokens.forEach((zone, sentences) -> sentences.forEach(sentence -> sentence.forEach(token -> {
            byStart.put(zone + ":" + token.start(), token);
            byEnd.put(zone + ":" + token.end(), token);
        })));
        List<Span> repaired = new ArrayList<>(candidates.size());
        for (Span span : candidates) {
            if (span.known() != null || span.type() == null) {
                repaired.add(span);
                continue;
            }
            span = withoutWorldHeritage(withoutTitle(withRegnalNumber(withoutLeadingNoise(span), byStart, byEnd)));
            if (span == null) {
                continue;
            }
            Span trimmed = sentenceStarts.contains(span.zone() + ":" + span.start())
                    ? withoutOpeningWord(span, smallWords)
                    : span;
            for (Span part : withoutPlaceModifier(trimmed)) {
                repaired.addAll(split(part, candidates));
            }
        }
        return repaired;
    }

    /**
     * UNESCO's list is no organisation: "a UNESCO World Heritage site" names UNESCO, "a World Heritage Site" no body at
     * all.
     */
    private static Span withoutWorldHeritage(Span span) {
        if (span == null || span.type() != EntityType.ORGANIZATION) {
            return span;
        }
        Matcher heritage = WORLD_HERITAGE.matcher(span.text());
        if (!heritage.find()) {
            return span;
        }
        return heritage.start() == 0 ? null : span.part(0, heritage.start(), EntityType.ORGANIZATION);
    }

    /**
     * A title is no part of a person's name: "Mayor Dana Whitacre-Lund said" is Dana Whitacre-Lund, "Sen. Ann Moore"
     * Ann Moore. Titles of rank that belong to how a name is written (Sir, Lord, Dame, King, Queen, Pope) stay.
     */
    private static Span withoutTitle(Span span) {
        if (span.type() != EntityType.PERSON || span.tokens() < 2) {
            return span;
        }
        Matcher title = PERSON_TITLE.matcher(span.text());
        if (!title.lookingAt() || !Character.isUpperCase(span.text().codePointAt(title.end()))) {
            return span;
        }
        return span.part(title.end(), span.text().length(), EntityType.PERSON);
    }

    /**
     * A monarch's or pope's number is part of the name: "Queen Elizabeth II", "Charles VI", "Pope Leo XIV"; "I" only
     * after a title ("Queen Elizabeth I", "King Baudouin I"), where it cannot be the pronoun.
     */
    private static Span withRegnalNumber(Span span, Map<String, Token> byStart, Map<String, Token> byEnd) {
        if (span.type() != EntityType.PERSON) {
            return span;
        }
        Token next = byStart.get(span.zone() + ":" + (span.end() + 1));
        if (next == null || !REGNAL_NUMBER.matcher(next.text()).matches()) {
            return span;
        }
        if (next.text().equals("I")) {
            Token before = byEnd.get(span.zone() + ":" + (span.start() - 1));
            if (before == null || !TITLES.contains(before.text())) {
                return span;
            }
        }
        return new Span(
                span.zone(),
                span.start(),
                next.end(),
                span.text() + " " + next.text(),
                span.type(),
                null,
                span.form(),
                span.tokens() + 1);
    }

    /**
     * A place made a modifier ("St. Louis-based Mercantile Bancorp Inc.", "Bergamo-based Atalanta") is the place and
     * the name after it, not one name: the place before the hyphen becomes a location of its own.
     */
    private static List<Span> withoutPlaceModifier(Span span) {
        Matcher modifier = PLACE_MODIFIER.matcher(span.text());
        if (!modifier.find()) {
            return List.of(span);
        }
        Span place = span.part(0, modifier.start(), EntityType.LOCATION);
        Span name = span.part(modifier.end(), span.text().length(), span.type());
        return List.of(place, name);
    }

    private static Span withoutOpeningWord(Span span, Set<String> smallWords) {
        String[] words = span.text().split(" ");
        if (words.length < 2
                || !(OPENING_WORDS.contains(words[0]) || smallWords.contains(words[0].toLowerCase(Locale.ROOT)))
                || FEATURE_WORDS.contains(words[0])) {
            return span;
        }
        int drop = 1;
        while (drop < words.length - 1 && LINKING_WORDS.contains(words[drop])) {
            drop++;
        }
        if (!Character.isUpperCase(words[drop].codePointAt(0))) {
            return span;
        }
        int offset = 0;
        for (int i = 0; i < drop; i++) {
            offset += words[i].length() + 1;
        }
        return new Span(
                span.zone(),
                span.start() + offset,
                span.end(),
                span.text().substring(offset),
                span.type(),
                null,
                span.form(),
                Math.max(1, span.tokens() - drop));
    }

    private static List<Span> split(Span span, List<Span> candidates) {
        Matcher slash = SLASH.matcher(span.text());
        if (span.zone() == ZoneName.CAPTION && span.type() != EntityType.PERSON && slash.find()) {
            String first = span.text().substring(0, slash.start());
            String second = span.text().substring(slash.end());
            if (Words.of(first).length + Words.of(second).length > 2) {
                return List.of(
                        span.part(0, slash.start(), span.type()),
                        span.part(slash.end(), span.text().length(), span.type()));
            }
        }
        Matcher dash = SPACED_DASH.matcher(span.text());
        if (dash.find()) {
            Span after = span.part(dash.end(), span.text().length(), span.type());
            return span.type() == EntityType.PERSON
                    ? List.of(after) // "Slovan — Vukadinović (pen) 34": a team, then its scorer
                    : List.of(span.part(0, dash.start(), span.type()), after);
        }
        Matcher as = AS.matcher(span.text());
        if (as.find()) {
            return List.of(
                    span.part(0, as.start(), span.type()),
                    span.part(as.end(), span.text().length(), span.type()));
        }
        Matcher possessive = POSSESSIVE.matcher(span.text());
        if (possessive.find() && !PossessiveNames.within(span.text())) {
            return List.of(
                    span.part(0, possessive.start(), span.type()),
                    span.part(possessive.end(), span.text().length(), span.type()));
        }
        Matcher in = IN.matcher(span.text());
        if (in.find()) {
            return List.of(
                    span.part(0, in.start(), span.type()),
                    span.part(in.end(), span.text().length(), EntityType.LOCATION));
        }
        Matcher conjunction = CONJUNCTION.matcher(span.text());
        while (conjunction.find()) {
            String first = span.text().substring(0, conjunction.start());
            String second = span.text().substring(conjunction.end());
            boolean separate = Character.isUpperCase(first.codePointAt(0))
                    && !second.isEmpty()
                    && Character.isUpperCase(second.codePointAt(0))
                    && (standsAlone(first, span, candidates)
                            || standsAlone(second, span, candidates)
                            || sameHead(first, second));
            if (separate) {
                return List.of(
                        span.part(0, conjunction.start(), span.type()),
                        span.part(conjunction.end(), span.text().length(), span.type()));
            }
        }
        return List.of(span);
    }

    /**
     * Two names of two words or more that end in the same word: "Austrian Airlines and Brussels Airlines"; not the
     * subjects of a body's name after its "for" or "of" ("the Public Authority for Special Economic Zones and Free
     * Zones").
     */
    private static boolean sameHead(String first, String second) {
        String[] one = Words.of(first);
        String[] other = Words.of(second);
        return one.length >= 2
                && other.length >= 2
                && one[one.length - 1].equals(other[other.length - 1])
                && !first.contains(" for ")
                && !first.contains(" of ");
    }

    /** Whether the words are a name of their own elsewhere: a gazetteer match or another mention the model found. */
    private static boolean standsAlone(String words, Span within, List<Span> candidates) {
        for (Span other : candidates) {
            if (other.text().equals(words) && !other.overlaps(within)) {
                return true;
            }
            if (other.known() != null && other.text().equals(words)) {
                return true;
            }
        }
        return false;
    }
}
