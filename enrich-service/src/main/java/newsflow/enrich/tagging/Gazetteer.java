package newsflow.enrich.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;

/**
 * The entities newsflow knows by name: every ISO 3166 country with its names and demonyms, major organisations
 * with their acronyms and social handles, capitals and major cities. Loaded from the TSV files in
 * {@code newsflow/enrich/gazetteer/}, whose headers name their sources. Surface forms are matched as written
 * (case-sensitive), so "US" is the United States and "us" is not; a leading "the" is not part of a form.
 * When two entities share a form, countries win over organisations, and organisations over cities.
 */
final class Gazetteer {

    private static final String FOLDER = "/newsflow/enrich/gazetteer/";

    private final Map<String, GazetteerEntry> forms = new HashMap<>();
    /** Every beginning of every form's first word, so that most tokens are ruled out without building a string. */
    private final Set<String> formStarts = new HashSet<>();
    private final Map<String, GazetteerEntry> handles = new HashMap<>();
    private final Map<String, String> versions = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Map<String, KnownEntity> entities = new HashMap<>();
    /** The Wikidata ids of the curated files' entities, by canonical id. */
    private final Map<String, String> wikidataIds = new HashMap<>();
    private int longestFormWords = 1;

    private Gazetteer() {
    }

    static Gazetteer load() {
        var gazetteer = new Gazetteer();
        gazetteer.read("wikidata-ids.tsv", 3, columns -> gazetteer.wikidataIds.put(columns[0], columns[1]));
        gazetteer.read("countries.tsv", 5, gazetteer::addCountry);
        gazetteer.read("organizations.tsv", 6, gazetteer::addOrganization);
        gazetteer.read("cities.tsv", 4, gazetteer::addCity);
        gazetteer.read("given-names.tsv", 3, columns -> gazetteer.givenNames.add(columns[0]));
        return gazetteer;
    }

    /** The entity a surface form names, if known. */
    Optional<GazetteerEntry> lookup(String form) {
        return Optional.ofNullable(forms.get(form));
    }

    /** Every entity the gazetteers list, by canonical id, whether or not another entity took all its forms. */
    Map<String, KnownEntity> entities() {
        return Map.copyOf(entities);
    }

    /** The canonical ids the Wikidata id list names. */
    Set<String> idsWithWikidataIds() {
        return Set.copyOf(wikidataIds.keySet());
    }

    /** Whether the word is a given (first) name in the given-names list. */
    boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    /** The entity a social media handle (without its {@code @}) belongs to, if known. Handles ignore case. */
    Optional<GazetteerEntry> handle(String handle) {
        return Optional.ofNullable(handles.get(handle.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a form may begin with this token: a token holds no space, so it must be the beginning of the form's
     * first word. False rules out every form; true only lets the lookups go on.
     */
    boolean mayStartForm(String token) {
        return formStarts.contains(token) || token.indexOf(' ') >= 0;
    }

    /** The most words any surface form has. */
    int longestFormWords() {
        return longestFormWords;
    }

    /** The gazetteer files' versions, for provenance, such as {@code countries 2026.11.1, ...}. */
    String version() {
        return "countries " + versions.get("countries.tsv") + ", organizations " + versions.get("organizations.tsv")
                + ", cities " + versions.get("cities.tsv");
    }

    private void addCountry(String[] columns) {
        String code = columns[0];
        String id = "country:" + code;
        var entity = known(new KnownEntity(id, EntityType.COUNTRY, columns[1], wikidataIds.get(id)));
        add(entity.name(), new GazetteerEntry(entity, MentionForm.NAME));
        add(columns[2], new GazetteerEntry(entity, MentionForm.NAME));
        each(columns[3], alias -> add(alias, new GazetteerEntry(entity, MentionForm.ALIAS)));
        each(columns[4], demonym -> add(demonym, new GazetteerEntry(entity, MentionForm.DEMONYM)));
    }

    private void addOrganization(String[] columns) {
        String id = "org:" + columns[0];
        var entity = known(new KnownEntity(id, EntityType.ORGANIZATION, columns[1], wikidataIds.get(id)));
        add(entity.name(), new GazetteerEntry(entity, MentionForm.NAME));
        each(columns[2], acronym -> add(acronym, new GazetteerEntry(entity, MentionForm.ACRONYM)));
        each(columns[3], alias -> add(alias, new GazetteerEntry(entity, MentionForm.ALIAS)));
        each(columns[4], handle -> handles.putIfAbsent(handle.toLowerCase(Locale.ROOT),
                new GazetteerEntry(entity, MentionForm.HANDLE)));
    }

    private void addCity(String[] columns) {
        String id = "location:" + columns[0] + "-" + columns[2].toLowerCase(Locale.ROOT);
        var entity = known(new KnownEntity(id, EntityType.LOCATION, columns[1], wikidataIds.get(id)));
        add(entity.name(), new GazetteerEntry(entity, MentionForm.NAME));
        each(columns[3], alias -> add(alias, new GazetteerEntry(entity, MentionForm.ALIAS)));
    }

    private KnownEntity known(KnownEntity entity) {
        entities.putIfAbsent(entity.id(), entity);
        return entity;
    }

    private void add(String form, GazetteerEntry entry) {
        String key = withoutArticle(form.strip());
        if (key.isEmpty()) {
            return;
        }
        if (forms.putIfAbsent(key, entry) == null) {
            String[] words = key.split(" ");
            longestFormWords = Math.max(longestFormWords, words.length);
            for (int end = 1; end <= words[0].length(); end++) {
                formStarts.add(words[0].substring(0, end));
            }
        }
    }

    static String withoutArticle(String form) {
        return form.startsWith("the ") || form.startsWith("The ") ? form.substring(4) : form;
    }

    private static void each(String column, Consumer<String> action) {
        for (String value : column.split("\\|")) {
            if (!value.isBlank()) {
                action.accept(value.strip());
            }
        }
    }

    private void read(String file, int columnCount, Consumer<String[]> row) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer file missing from the classpath: " + FOLDER + file);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("# version:")) {
                    versions.put(file, line.substring("# version:".length()).strip());
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != columnCount) {
                    throw new IllegalStateException(file + ": expected " + columnCount + " columns in: " + line);
                }
                row.accept(columns);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
