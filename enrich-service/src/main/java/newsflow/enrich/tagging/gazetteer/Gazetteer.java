package newsflow.enrich.tagging.gazetteer;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entities newsflow knows by name, loaded from the TSV files in {@code newsflow/enrich/gazetteer/}, whose headers
 * name their sources: every ISO 3166 country with its names and demonyms; hand-picked international and national
 * organisations with their acronyms and social handles; capitals and major cities; some 37,000 organisations and
 * 3,000 sports clubs from openly licensed lists; Wikidata ids; and given names. Surface forms are matched as written
 * (case-sensitive), so "US" is the United States and "us" is not, and in lines written in capitals also in capitals
 * ("DENVER"); a leading "the" is not part of a form. When two entities share a form, countries win over the
 * hand-picked organisations, those over cities, cities over the listed organisations, and those over clubs. Built by
 * {@link GazetteerLoader}; immutable and thread-safe.
 */
public final class Gazetteer {

    private final Map<String, GazetteerEntry> forms;
    private final Map<String, GazetteerEntry> capitalForms;
    private final Map<String, Integer> firstTokens;
    private final Map<String, Integer> capitalFirstTokens;
    private final Map<String, GazetteerEntry> clubsByPlace;
    private final Map<String, GazetteerEntry> handles;
    private final Set<String> givenNames;
    private final Map<String, KnownEntity> entities;
    private final Set<String> idsWithWikidataIds;
    private final String version;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Gazetteer(Map<String, GazetteerEntry> forms, Map<String, GazetteerEntry> capitalForms,
            Map<String, Integer> firstTokens, Map<String, Integer> capitalFirstTokens,
            Map<String, GazetteerEntry> clubsByPlace, Map<String, GazetteerEntry> handles, Set<String> givenNames,
            Map<String, KnownEntity> entities, Set<String> idsWithWikidataIds, String version) {
        this.forms = forms;
        this.capitalForms = capitalForms;
        this.firstTokens = firstTokens;
        this.capitalFirstTokens = capitalFirstTokens;
        this.clubsByPlace = clubsByPlace;
        this.handles = handles;
        this.givenNames = givenNames;
        this.entities = entities;
        this.idsWithWikidataIds = idsWithWikidataIds;
        this.version = version;
    }

    public static Gazetteer load() {
        return GazetteerLoader.load();
    }

    /** The entity a surface form names, if known. */
    public Optional<GazetteerEntry> lookup(String form) {
        return Optional.ofNullable(forms.get(form));
    }

    /** The entity a surface form written in capitals names ("DENVER"), if known; acronyms only as written. */
    public Optional<GazetteerEntry> lookupCapitals(String form) {
        GazetteerEntry exact = forms.get(form);
        return Optional.ofNullable(exact != null ? exact : capitalForms.get(form));
    }

    /**
     * The most tokens a form that begins with this token can have: 0 when no form begins with it, which rules out
     * most tokens without building a string.
     */
    public int mostTokensFrom(String token, boolean capitals) {
        int most = firstTokens.getOrDefault(token, 0);
        return capitals ? Math.max(most, capitalFirstTokens.getOrDefault(token, 0)) : most;
    }

    /** The one club that news calls by this place's name ("Valencia"), if there is exactly one. */
    public Optional<GazetteerEntry> clubByPlace(String place) {
        return Optional.ofNullable(clubsByPlace.get(place));
    }

    /** The entity a social media handle (without its {@code @}) belongs to, if known. Handles ignore case. */
    public Optional<GazetteerEntry> handle(String handle) {
        return Optional.ofNullable(handles.get(handle.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Whether the word is a given (first) name in the given-names list. */
    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    /** Every entity the gazetteers list, by canonical id, whether or not another entity took all its forms. */
    Map<String, KnownEntity> entities() {
        return entities;
    }

    /** The canonical ids the Wikidata id list names. */
    Set<String> idsWithWikidataIds() {
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
