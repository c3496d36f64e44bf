package newsflow.enrich.tagging.resolution.organisations;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsflow.contract.EntityType;
import newsflow.enrich.tagging.gazetteer.Gazetteer;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.mentions.boundaries.DemonymOrganisations;
import newsflow.enrich.tagging.text.Words;

/**
 * Bodies and companies named by a word and a country, which the model takes for a place: "Waterways Ireland", "Orange
 * Jordan", "Tourism Fiji". A name of two words the model calls a place, that no gazetteer knows, whose second word is
 * a country's name is an organisation, unless its first word makes a region of the country ("Northern Ireland", "East
 * Timor", "Greater China", "Metropolitan France"), names a regime or an era of it ("Nazi Germany", "Vichy France"), is
 * a nationality's or a people's word, a given name ("Chad", "Zain") that the gazetteers do not know as an
 * organisation's ("Orange Jordan" is the operator's arm), a place or a person the gazetteers know, or is in capitals.
 * So is a name the model calls a person's that ends in a country's name and that is no person's: a company's national
 * arm ("James Finlay Kenya", "Safaricom Ethiopia"), of three words or of two whose first is no given name, where the
 * country's name is no common surname ("Michael Jordan", "Tom Holland", "Anatole France"). So is a name the model calls
 * a place that is a country's name and a word for a body: a country's institution ("Bangladesh Bank", the central bank;
 * "Uganda Railways"). And so is a name of two to four capitalised words the model calls a place's or a person's that
 * begins with a country's name and goes on with no place's word: a body named after its country ("Kazakhstan Temir
 * Zholy", "Malta Freeport"; not "Panama City").
 */
public final class CountryBrands {

    /** Words that make a region, a regime or an era of a country with its name. */
    private static final Set<String> PLACE_WORDS = Set.of(("North South East West Northern Southern Eastern Western "
                    + "Central Upper Lower Greater New Old Great Little Mainland Continental Metropolitan Atlantic "
                    + "Pacific Rural Urban Coastal Inner Outer Far Near Middle Deep Nazi Soviet Imperial Vichy Ottoman "
                    + "Communist Fascist Free Democratic Republican Royal Federal Colonial Modern Ancient Medieval "
                    + "Postwar Independent Occupied Divided United Whole All Francophone Anglophone Lusophone Gulf "
                    + "Baltic Arctic Saharan Caribbean Andean Alpine Tropical Mediterranean Peninsular Insular "
                    + "Overseas Spanish French British Portuguese Dutch Italian Latin Anglo Hispanic Iberian Nordic")
            .split(" "));

    /** Countries' names that are people's surnames too. */
    private static final Set<String> SURNAMES = Set.of(("Jordan Chad Israel England France Ireland Holland Wales "
                    + "Scotland Georgia Jersey Guinea Cuba Brazil Chile Poland Monaco Malta Mali Togo India Panama "
                    + "Samoa Tonga Benin Congo Angola Armenia Jamaica")
            .split(" "));

    /** Words that make a place of a country's name before them: "Panama City", "Jordan Valley", "Fiji Islands". */
    private static final Set<String> COUNTRY_PLACE_WORDS = Set.of(("City Valley Island Islands Isles Basin Coast "
                    + "Highlands Lowlands Province Region Sea River Lake Bay Strait Gulf Peninsula Plateau Rift Trench "
                    + "Desert Delta Mountains Range Canal Channel Border Plain Plains")
            .split(" "));

    private CountryBrands() {}

    public static List<Span> retype(List<Span> spans, Gazetteer gazetteer) {
        return spans.stream()
                .map(span -> isBrand(span, gazetteer)
                                || isNationalArm(span, gazetteer)
                                || isCountrysBody(span, gazetteer)
                                || isCountryFirst(span, gazetteer)
                        ? span.as(EntityType.ORGANIZATION, null, span.form())
                        : span)
                .toList();
    }

    private static boolean isNationalArm(Span span, Gazetteer gazetteer) {
        if (span.type() != EntityType.PERSON || span.known() != null) {
            return false;
        }
        String[] words = Words.of(span.text());
        String last = words[words.length - 1];
        return (words.length == 3 || words.length == 2 && !gazetteer.isGivenName(words[0]))
                && !SURNAMES.contains(last)
                && !gazetteer.isDemonym(last)
                && !last.equals(last.toUpperCase(Locale.ROOT))
                && gazetteer.isCountryName(last);
    }

    /**
     * Whether a name of two to four capitalised words the model calls a place's or a person's begins with a country's
     * name that is no given name and goes on with no word of a place's: a company or a body named after its country
     * ("Kazakhstan Temir Zholy", "Malta Freeport", "Vanuatu Cultural Centre", "Kenya Kwanza"); not "Panama City",
     * "Jordan Whitlock", nor a name the gazetteers know.
     */
    private static boolean isCountryFirst(Span span, Gazetteer gazetteer) {
        if (span.type() == EntityType.ORGANIZATION || span.type() == EntityType.COUNTRY || span.known() != null) {
            return false;
        }
        String[] words = Words.of(span.text());
        if (words.length < 2 || words.length > 4 || !gazetteer.isCountryName(words[0])) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (!Character.isUpperCase(words[i].codePointAt(0)) || COUNTRY_PLACE_WORDS.contains(words[i])) {
                return false;
            }
        }
        return !gazetteer.isGivenName(words[0])
                && !gazetteer.isDemonym(words[0]) // "Indian Wells", "Spanish Town"
                && !words[0].equals(words[0].toUpperCase(Locale.ROOT))
                && !gazetteer.isDemonym(words[words.length - 1])
                && gazetteer.lookup(span.text()).isEmpty();
    }

    private static boolean isCountrysBody(Span span, Gazetteer gazetteer) {
        if (span.type() != EntityType.LOCATION || span.known() != null) {
            return false;
        }
        String[] words = Words.of(span.text());
        return words.length == 2 && DemonymOrganisations.namesABody(span.text()) && gazetteer.isCountryName(words[0]);
    }

    private static boolean isBrand(Span span, Gazetteer gazetteer) {
        if (span.type() != EntityType.LOCATION || span.known() != null || span.tokens() != 2) {
            return false;
        }
        String[] words = Words.of(span.text());
        if (words.length != 2
                || !Character.isUpperCase(words[0].codePointAt(0))
                || words[0].equals(words[0].toUpperCase(Locale.ROOT))
                || PLACE_WORDS.contains(words[0])
                || gazetteer.isDemonym(words[0])
                || gazetteer.isGivenName(words[0]) && !isKnownOrganisation(words[0], gazetteer)
                || gazetteer
                        .lookup(words[0])
                        .filter(entry -> entry.entity().type() != EntityType.ORGANIZATION)
                        .isPresent()) {
            return false;
        }
        return gazetteer.isCountryName(words[1]);
    }

    /** Whether the gazetteers know the word as an organisation's name: "Orange", a given name too. */
    private static boolean isKnownOrganisation(String word, Gazetteer gazetteer) {
        return gazetteer
                .lookup(word)
                .filter(entry -> entry.entity().type() == EntityType.ORGANIZATION)
                .isPresent();
    }
}
