package newsflow.enrich.tagging.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;

/**
 * The entities newsflow knows by name, loaded from the TSV files in {@code newsflow/enrich/gazetteer/}, whose headers
 * name their sources: every ISO 3166 country with its names and demonyms; hand-picked international and national
 * organisations with their acronyms and social handles; capitals and major cities; some 37,000 organisations and
 * 3,000 sports clubs from openly licensed lists; people in national office; Wikidata ids; given names; the names of
 * some 48,000 towns, cities, states and provinces (a signal only, without ids); and the names
 * of countries (with every form of their adjectives), cities and organisations in ten other languages, under the same
 * ids. Surface forms are matched as written (case-sensitive), so "US" is the United States and "us" is not, and in
 * lines written in capitals also in capitals ("DENVER"); a leading "the" is not part of a form. An article is matched
 * against the names of its language first, then against the others. When two entities share a form, countries win
 * over the hand-picked organisations, those over cities, cities over the listed organisations, those over clubs and
 * clubs over people. Built by {@link GazetteerLoader}; immutable once built and thread-safe.
 */
public final class Gazetteer {

    /** The accents Unicode decomposition leaves apart from their letters. */
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private final Forms forms;
    private final Map<String, Forms> languages;
    private final Map<String, GazetteerEntry> clubsByPlace;
    private final Map<String, GazetteerEntry> handles;
    private final Map<String, GazetteerEntry> agencyCredits;
    private final Map<String, GazetteerEntry> olympicCodes;
    private final Set<String> givenNames;
    private final Set<String> placeNames;
    private final Map<String, KnownEntity> entities;
    private final Set<String> idsWithWikidataIds;
    private final String version;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Gazetteer(
            Forms forms,
            Map<String, Forms> languages,
            Map<String, GazetteerEntry> clubsByPlace,
            Map<String, GazetteerEntry> handles,
            Map<String, GazetteerEntry> agencyCredits,
            Map<String, GazetteerEntry> olympicCodes,
            Set<String> givenNames,
            Set<String> placeNames,
            Map<String, KnownEntity> entities,
            Set<String> idsWithWikidataIds,
            String version) {
        this.forms = forms;
        this.languages = languages;
        this.clubsByPlace = clubsByPlace;
        this.handles = handles;
        this.agencyCredits = agencyCredits;
        this.olympicCodes = olympicCodes;
        this.givenNames = givenNames;
        this.placeNames = placeNames;
        this.entities = entities;
        this.idsWithWikidataIds = idsWithWikidataIds;
        this.version = version;
    }

    public static Gazetteer load() {
        return GazetteerLoader.load();
    }

    /** The entity a surface form names, if known. */
    public Optional<GazetteerEntry> lookup(String form) {
        return forms.lookup(form);
    }

    /** The entity a surface form names in an article in a language (an ISO 639-1 code, or null), if known. */
    public Optional<GazetteerEntry> lookup(String form, String language) {
        Forms local = language == null ? null : languages.get(language);
        Optional<GazetteerEntry> entry = local == null ? Optional.empty() : local.lookup(form);
        return entry.isPresent() ? entry : forms.lookup(form);
    }

    /** The entity a surface form written in capitals names ("DENVER"), if known; acronyms only as written. */
    public Optional<GazetteerEntry> lookupCapitals(String form, String language) {
        Forms local = language == null ? null : languages.get(language);
        Optional<GazetteerEntry> entry = local == null ? Optional.empty() : local.lookupCapitals(form);
        return entry.isPresent() ? entry : forms.lookupCapitals(form);
    }

    /**
     * The most tokens a form that begins with this token can have in a language: 0 when no form begins with it,
     * which rules out most tokens without building a string.
     */
    public int mostTokensFrom(String token, boolean capitals, String language) {
        Forms local = language == null ? null : languages.get(language);
        int most = forms.mostTokensFrom(token, capitals);
        return local == null ? most : Math.max(most, local.mostTokensFrom(token, capitals));
    }

    /** The one club that news calls by this place's name ("Valencia"), if there is exactly one. */
    public Optional<GazetteerEntry> clubByPlace(String place) {
        return Optional.ofNullable(clubsByPlace.get(place));
    }

    /** The entity a social media handle (without its {@code @}) belongs to, if known. Handles ignore case. */
    public Optional<GazetteerEntry> handle(String handle) {
        return Optional.ofNullable(handles.get(handle.toLowerCase(Locale.ROOT)));
    }

    /**
     * The news or photo agency that signs its wires and pictures with a short name, where that name may name
     * something else in running text: "PTI" in "(PTI)" or "Photo: …/PTI" is the Press Trust of India, and in "PTI
     * leader" Pakistan Tehreek-e-Insaf.
     */
    public Optional<GazetteerEntry> agencyCredit(String form) {
        return Optional.ofNullable(agencyCredits.get(form));
    }

    /**
     * The country whose International Olympic Committee code the three capitals are ("SLO" is Slovenia, "GER"
     * Germany), as results lists give an athlete's country in brackets.
     */
    public Optional<GazetteerEntry> olympicCode(String code) {
        return Optional.ofNullable(olympicCodes.get(code));
    }

    /** Whether the gazetteers know the word as a country's name or one of its forms ("Kenya", "Germany"). */
    public boolean isCountryName(String word) {
        return lookup(word).filter(entry -> entry.type() == EntityType.COUNTRY).isPresent();
    }

    /** Whether the gazetteers know the word as a people's name ("Bulgarian"). */
    public boolean isDemonym(String word) {
        return lookup(word).filter(entry -> entry.form() == MentionForm.DEMONYM).isPresent();
    }

    /** Whether the word is a given (first) name in the given-names list. */
    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    /**
     * Whether a name is the name of a town, city, state or province somewhere in the world, in any case
     * ("Hammerfest", "Kabwe"): a signal for names the model calls people, not an entity with an id. "St." is
     * "Saint" or "Sankt" too, as the list may spell it: "St. Gallen" is Sankt Gallen; and a name with accents is
     * looked up without them where the list has it so ("Areguá" as "aregua").
     */
    public boolean isPlaceName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (placeNames.contains(lower)) {
            return true;
        }
        if (!isAscii(lower)
                && placeNames.contains(ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                        .replaceAll(""))) {
            return true;
        }
        String rest = lower.startsWith("st. ") ? lower.substring(4) : null;
        return rest != null && (placeNames.contains("saint " + rest) || placeNames.contains("sankt " + rest));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** The languages with names of their own. */
    public Set<String> languages() {
        return languages.keySet();
    }

    /** Every entity the gazetteers list, by canonical id, whether or not another entity took all its forms. */
    public Map<String, KnownEntity> entities() {
        return entities;
    }

    /** The canonical ids the Wikidata id list names. */
    public Set<String> idsWithWikidataIds() {
        return idsWithWikidataIds;
    }

    /** The gazetteer files' versions, for provenance, such as {@code countries 2026.11.1, ...}. */
    public String version() {
        return version;
    }

    static String withoutArticle(String form) {
        return form.startsWith("the ") || form.startsWith("The ") ? form.substring(4) : form;
    }
}
