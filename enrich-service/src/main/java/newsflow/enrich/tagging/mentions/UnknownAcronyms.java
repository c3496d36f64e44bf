package newsflow.enrich.tagging.mentions;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.text.ArticleWords;
import newsflow.enrich.tagging.text.Casing;
import newsflow.enrich.tagging.text.Token;

/**
 * An acronym in running text that neither the model nor the gazetteers took is an organisation's: news writes bodies
 * by their initials once readers know them ("The SLPP won a majority", "an SBP nod", "the CBTT runs the sandbox"), and
 * the model, which meets few of them, leaves them out. An acronym here is a word of two to six capital letters (or
 * "&amp;" after the first); not in a line written in capitals, where every word looks like one; not beside another
 * capitalised word, where it is part of a longer name ("THW Kiel"); not a label before a colon or a dash ("NOTE -",
 * "ISSUER :") or a ticker ("symbol HMGT"), not beside a figure ("220 KV", "EPS 11.61 yen"), not in brackets after
 * what it stands for ("Optimised Deprival Value (ODV)"), nor a word the article also writes in small letters ("home team in CAPS"); not a Roman numeral, a
 * currency's code ("USD", "EUR", from the JDK's list of ISO 4217 codes), a measure, a time zone or a term of trade
 * ("EPS", "FOB", "HQ"). Codes with digits
 * ("M62", "H1", "RN41") are roads, periods and models more often than bodies. Acronyms of common nouns ("CEO", "GDP",
 * "LNG") are dropped later, as the model's are.
 */
public final class UnknownAcronyms {

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&]{1,5}");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLC]+");
    /** Measures and times written in capitals: "50 MW", "9 AM". */
    private static final Set<String> MEASURES = Set.of(("MW GW KW KWH MWH GWH TWH AM PM KM MM CM KG MPH BPD TEU TEUS "
                    + "HP PPM OK TV FAQ VIP GB MB TB GMT UTC CET CEST EET EEST WET WEST BST IST EST EDT CST CDT MST MDT PST "
                    + "PDT AEST AEDT CT ET PT CAPS HQ JV FOB CIF EPS IP")
            .split(" "));

    /** Words a sentence opens with, capitalised there only: "The SLPP won". */
    private static final Set<String> OPENING_WORDS =
            Set.of("The A An In At For From With To On By And But As Of After Under Its Their".split(" "));

    private static final Set<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    private UnknownAcronyms() {}

    /** The candidates and each acronym no candidate covers, as an organisation's name. */
    public static List<Span> add(List<Span> candidates, List<Span> other, Map<ZoneName, List<List<Token>>> tokens) {
        List<Span> all = new ArrayList<>(candidates);
        Set<String> smallWords = ArticleWords.smallWords(tokens);
        tokens.forEach((zone, sentences) -> {
            for (List<Token> sentence : sentences) {
                if (Casing.isCapitals(sentence)) {
                    continue;
                }
                for (int i = 0; i < sentence.size(); i++) {
                    Token token = sentence.get(i);
                    if (isAcronym(token.text())
                            && !smallWords.contains(token.text().toLowerCase(Locale.ROOT))
                            && !isLabel(sentence, i)
                            && !amongFigures(sentence, i)
                            && !inBrackets(sentence, i)
                            && !capitalisedWord(sentence, i - 1)
                            && !capitalisedWord(sentence, i + 1)
                            && !covered(zone, token, candidates)
                            && !covered(zone, token, other)) {
                        all.add(Span.found(zone, token.start(), token.end(), token.text(), EntityType.ORGANIZATION));
                    }
                }
            }
        });
        return all;
    }

    private static boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches()
                && !ROMAN_NUMERAL.matcher(word).matches()
                && !CURRENCY_CODES.contains(word)
                && !MEASURES.contains(word);
    }

    /**
     * A label or a ticker: a word before a colon, the first word of a line before a dash ("NOTE - …", "CALL :"), a word
     * after "symbol" or "ticker" ("symbol HMGT"); not a word after a colon, a credit's agency ("Photo: KUNA").
     */
    private static boolean isLabel(List<Token> sentence, int index) {
        String previous = index > 0 ? sentence.get(index - 1).text() : "";
        if (previous.equalsIgnoreCase("symbol") || previous.equalsIgnoreCase("ticker")) {
            return true;
        }
        if (index + 1 >= sentence.size()) {
            return false;
        }
        String next = sentence.get(index + 1).text();
        return next.equals(":") || index == 0 && (next.equals("-") || next.equals("--") || next.equals("—"));
    }

    /** A unit or a table's label: a number right before or after it ("220 KV lines", "EPS 11.61 yen"). */
    private static boolean amongFigures(List<Token> sentence, int index) {
        return isNumber(sentence, index - 1) || isNumber(sentence, index + 1);
    }

    private static boolean isNumber(List<Token> sentence, int index) {
        return index >= 0
                && index < sentence.size()
                && Character.isDigit(sentence.get(index).text().codePointAt(0));
    }

    /**
     * An acronym in brackets after what it stands for ("the Optimised Deprival Value ( ODV )"), which is an
     * organisation's only where what it stands for is, and then the acronyms' resolution joins them.
     */
    private static boolean inBrackets(List<Token> sentence, int index) {
        return index > 0
                && index + 1 < sentence.size()
                && sentence.get(index - 1).text().equals("(")
                && sentence.get(index + 1).text().equals(")");
    }

    private static boolean capitalisedWord(List<Token> sentence, int index) {
        if (index < 0 || index >= sentence.size()) {
            return false;
        }
        String word = sentence.get(index).text();
        return Character.isUpperCase(word.codePointAt(0))
                && word.codePoints().anyMatch(Character::isLetter)
                && !(index == 0 && OPENING_WORDS.contains(word));
    }

    private static boolean covered(ZoneName zone, Token token, List<Span> spans) {
        return spans.stream()
                .anyMatch(span -> span.zone() == zone && span.start() < token.end() && token.start() < span.end());
    }
}
