package newsflow.enrich.tagging.resolution;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.ArticleWords;
import newsflow.enrich.tagging.text.Token;

/**
 * Drops mentions that the article itself shows are ordinary words:
 * <ul>
 * <li>a single capitalised word the model found at the start of a sentence, when the article also writes it in lower
 * case ("Harbour director Jens Pedersen" in an article about "the harbour");</li>
 * <li>a demonym naming a currency ("Swiss francs", "Danish kroner"): the money is not the country;</li>
 * <li>a word for the government or the state that Spanish, French and German write with a capital but that names
 * no one body on its own ("el Gobierno", "l'État", "des Landes");</li>
 * <li>the name of a prize, a trophy, a festival, a competition or a storm, which is an event or an award, not the body
 * that gives it ("the Orwell Prize for Political Fiction", "the Vezina Trophy", "Busan International Film Festival",
 * "the College World Series", "Oman Sustainability Week", "Hurricane Helene"), or of an agreement or a law ("the
 * Hawksbill Creek Agreement", "the Clean Water Act"; not "Treaty": Penn Treaty is an insurer), which is neither the
 * parties nor the place: a name the gazetteers do not know whose
 * last word is such a word (or, for a storm, whose first word), or that has one before "for" or "of";</li>
 * <li>an acronym of a common noun the model takes for an organisation ("AI", "DNA", "GPS", "LNG"), when the
 * gazetteers do not know it as a name, or know it as the acronym of a body the article does not name ("DNA tests",
 * not the Democratic National Alliance); an acronym before a currency's name ("CFA francs");</li>
 * <li>climate patterns ("El Niño"), feasts and holidays ("at Christmas", "before Ramadan"), and abbreviated titles
 * before a name ("Coun. France Arsenault").</li>
 * </ul>
 */
final class CommonWords {

    private static final Pattern CURRENCY = Pattern.compile("\\A\\s+(francs?|kroner|krone|kronor|krona|kronur|pounds?"
            + "|dollars?|euros?|yen|yuan|renminbi|roubles?|rubles?|rupees?|pesos?|lira|lire|won|reais|rand|shekels?"
            + "|dinars?|riyals?|dirhams?|zloty|zlotys|forints?|hryvnias?|lei|baht|ringgit|rupiah)\\b");

    private static final Set<String> GENERIC = Set.of(
            "Gobierno",
            "Ejecutivo",
            "Estado",
            "Administración",
            "Gouvernement",
            "Exécutif",
            "État",
            "Etat",
            "Regierung",
            "Staat",
            "Landes",
            "Bundes",
            "Land");

    /** Last words of the names of prizes, trophies, festivals and competitions, and of agreements and laws. */
    private static final Set<String> EVENT_WORDS = Set.of(
            "Prize",
            "Prizes",
            "Award",
            "Awards",
            "Medal",
            "Medals",
            "Trophy",
            "Festival",
            "Cup",
            "Championship",
            "Championships",
            "Marathon",
            "Olympics",
            "Paralympics",
            "Series",
            "Week",
            "Open",
            "Regional",
            "Regionals",
            "Agreement",
            "Accord",
            "Accords",
            "Act");
    /** First words of the names of storms, which are events: "Hurricane Helene", "Typhoon Haiyan". */
    private static final Set<String> STORM_WORDS = Set.of("Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical");

    private static final Pattern EVENT_BEFORE_OF_OR_FOR =
            Pattern.compile("\\b(?:Prize|Award|Medal|Trophy|Festival|Cup|Championship) (?:for|of)\\b");

    /** Acronyms of common nouns: technologies, measures, roles, financial terms, diseases. */
    private static final Set<String> COMMON_ACRONYMS = Set.of(
            "AI", "AGI", "DNA", "RNA", "GPS", "VPN", "LNG", "LPG", "EV", "EVs", "GDP", "GNP", "CEO", "CEOs", "CFO",
            "CTO", "COO", "IPO", "IPOs", "ETF", "ETFs", "VAT", "PDF", "USB", "LED", "LEDs", "SUV", "SUVs", "HIV", "IVF",
            "MRI", "GMO", "NFT", "NFTs", "API", "APIs", "ESG", "CPI", "PMI", "CCTV", "DIY", "ID", "PIN", "SMS", "URL",
            "WiFi", "VR", "AR", "5G", "4G", "3D", "CO2", "PR", "HR", "IT", "QR", "OTC", "M&A");

    /** Climate patterns, named like places or bodies: "El Niño years". */
    private static final Set<String> WEATHER_PATTERNS = Set.of("El Niño", "La Niña", "El Nino", "La Nina");
    /** Feasts and holidays, which the model takes for a place or a person: "a recording at Christmas". */
    private static final Set<String> HOLIDAYS = Set.of(
            "Christmas",
            "Easter",
            "Ramadan",
            "Diwali",
            "Hanukkah",
            "Halloween",
            "Thanksgiving",
            "Passover",
            "Nowruz",
            "Hogmanay");
    /** Abbreviated titles before a name, which the model takes for a body: "Coun. France Arsenault". */
    private static final Set<String> TITLE_ABBREVIATIONS =
            Set.of("Coun", "Cllr", "Cnclr", "Ald", "Supt", "Insp", "Det", "Sgt", "Cpl", "Cmdr", "Adm", "Brig");
    /** An acronym in capitals, which before a currency's name names the currency: "CFA francs". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,4}");

    private CommonWords() {}

    private static boolean isEventOrCommonAcronym(String text) {
        if (COMMON_ACRONYMS.contains(text)) {
            return true;
        }
        int space = text.lastIndexOf(' ');
        int firstSpace = text.indexOf(' ');
        return space > 0 && EVENT_WORDS.contains(text.substring(space + 1))
                || firstSpace > 0 && STORM_WORDS.contains(text.substring(0, firstSpace))
                || text.indexOf(' ') > 0 && EVENT_BEFORE_OF_OR_FOR.matcher(text).find();
    }

    static List<Span> drop(List<Span> spans, Map<ZoneName, String> zoneTexts, Map<ZoneName, List<List<Token>>> tokens) {
        Set<String> lowerCase = ArticleWords.smallWords(tokens);
        Set<String> sentenceStarts = ArticleWords.sentenceStarts(tokens);
        return spans.stream()
                .filter(span -> !(span.known() == null && GENERIC.contains(span.text())))
                .filter(span -> !(span.known() == null && isEventOrCommonAcronym(span.text())))
                .filter(span -> !isCommonAcronymOfAName(span, zoneTexts))
                .filter(span -> !WEATHER_PATTERNS.contains(span.text()))
                .filter(span -> !(span.known() == null && HOLIDAYS.contains(span.text())))
                .filter(span -> !(span.known() == null
                        && TITLE_ABBREVIATIONS.contains(span.text())
                        && zoneTexts.get(span.zone()).startsWith(".", span.end())))
                .filter(span -> !(ACRONYM.matcher(span.text()).matches()
                        && CURRENCY.matcher(after(span, zoneTexts)).find()))
                .filter(span -> !(span.known() == null
                        && span.tokens() == 1
                        && sentenceStarts.contains(span.zone() + ":" + span.start())
                        && lowerCase.contains(span.text().toLowerCase(Locale.ROOT))))
                .filter(span -> !(span.form() == MentionForm.DEMONYM
                        && CURRENCY.matcher(after(span, zoneTexts)).find()))
                .toList();
    }

    /** The dozen characters after the span. */
    private static String after(Span span, Map<ZoneName, String> zoneTexts) {
        String text = zoneTexts.get(span.zone());
        return text.substring(span.end(), Math.min(span.end() + 12, text.length()));
    }

    /**
     * Whether a common noun's acronym matched a known body's acronym ("DNA tests", not the Democratic National
     * Alliance) in an article that does not write that body's name.
     */
    private static boolean isCommonAcronymOfAName(Span span, Map<ZoneName, String> zoneTexts) {
        return span.known() != null
                && span.known().form() == MentionForm.ACRONYM
                && COMMON_ACRONYMS.contains(span.text())
                && zoneTexts.values().stream()
                        .noneMatch(text -> text.contains(span.known().entity().name()));
    }
}
