package newsflow.enrich.tagging.gazetteer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;

/** Reads the gazetteer files into a {@link Gazetteer}, in the order that decides who wins a shared form. */
final class GazetteerLoader {

    /** Forms of at least this many letters, written with small letters, are also matched in capitals. */
    private static final int MIN_CAPITALS_LETTERS = 4;

    private final Map<String, GazetteerEntry> forms = new HashMap<>();
    private final Map<String, GazetteerEntry> capitalForms = new HashMap<>();
    private final Map<String, Integer> firstTokens = new HashMap<>();
    private final Map<String, Integer> capitalFirstTokens = new HashMap<>();
    private final Map<String, GazetteerEntry> handles = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Map<String, KnownEntity> entities = new HashMap<>();
    private final Map<String, String> wikidataIds = new HashMap<>();
    private final Map<String, String> versions = new LinkedHashMap<>();
    /** Clubs by each one-word short name, to find the names two clubs share. */
    private final Map<String, Set<GazetteerEntry>> clubShortNames = new HashMap<>();

    private GazetteerLoader() {
    }

    static Gazetteer load() {
        var loader = new GazetteerLoader();
        loader.read("wikidata-ids.tsv", 3, columns -> loader.wikidataIds.put(columns[0], columns[1]));
        loader.read("countries.tsv", 5, loader::addCountry);
        loader.read("organizations.tsv", 6, loader::addOrganization);
        loader.read("cities.tsv", 4, loader::addCity);
        loader.read("organizations-sourced.tsv", 8, loader::addSourcedOrganization);
        loader.read("clubs.tsv", 7, loader::addClub);
        loader.read("given-names.tsv", 3, columns -> loader.givenNames.add(columns[0]));
        return loader.build();
    }

    private void read(String file, int columns, java.util.function.Consumer<String[]> row) {
        versions.put(file.replace(".tsv", ""), GazetteerFile.read(file, columns, row));
    }

    private Gazetteer build() {
        Map<String, GazetteerEntry> clubsByPlace = new HashMap<>();
        clubShortNames.forEach((name, clubs) -> {
            GazetteerEntry taken = forms.get(name);
            if (clubs.size() == 1 && taken != null && taken.type() != EntityType.ORGANIZATION) {
                clubsByPlace.put(name, clubs.iterator().next());
                clubsByPlace.put(name.toUpperCase(Locale.ROOT), clubs.iterator().next());
            }
            else if (clubs.size() == 1 && taken == null) {
                add(name, clubs.iterator().next());
            }
        });
        var version = new StringBuilder();
        versions.forEach((file, fileVersion) -> {
            if (!file.equals("wikidata-ids") && !file.equals("given-names")) {
                version.append(version.isEmpty() ? "" : ", ").append(file).append(' ').append(fileVersion);
            }
        });
        version.append(", wikidata-ids ").append(versions.get("wikidata-ids"));
        version.append(", given-names ").append(versions.get("given-names"));
        return new Gazetteer(Map.copyOf(forms), Map.copyOf(capitalForms), Map.copyOf(firstTokens),
                Map.copyOf(capitalFirstTokens), Map.copyOf(clubsByPlace), Map.copyOf(handles), Set.copyOf(givenNames),
                Map.copyOf(entities), Set.copyOf(wikidataIds.keySet()), version.toString());
    }

    private void addCountry(String[] columns) {
        var entity = known("country:" + columns[0], EntityType.COUNTRY, columns[1], null);
        add(entity.name(), new GazetteerEntry(entity, MentionForm.NAME));
        add(columns[2], new GazetteerEntry(entity, MentionForm.NAME));
        GazetteerFile.each(columns[3], alias -> add(alias, new GazetteerEntry(entity, MentionForm.ALIAS)));
        GazetteerFile.each(columns[4], demonym -> add(demonym, new GazetteerEntry(entity, MentionForm.DEMONYM)));
    }

    private void addOrganization(String[] columns) {
        var entity = known("org:" + columns[0], EntityType.ORGANIZATION, columns[1], null);
        add(entity.name(), new GazetteerEntry(entity, MentionForm.NAME));
        GazetteerFile.each(columns[2], acronym -> add(acronym, new GazetteerEntry(entity, MentionForm.ACRONYM)));
        GazetteerFile.each(columns[3], alias -> add(alias, new GazetteerEntry(entity, MentionForm.ALIAS)));
        GazetteerFile.each(columns[4], handle -> handles.putIfAbsent(handle.toLowerCase(Locale.ROOT),
                new GazetteerEntry(entity, MentionForm.HANDLE)));
    }

    private void addCity(String[] columns) {
        String id = "location:" + columns[0] + "-" + columns[2].toLowerCase(Locale.ROOT);
        var entity = known(id, EntityType.LOCATION, columns[1], null);
        add(entity.name(), new GazetteerEntry(entity, MentionForm.NAME));
        GazetteerFile.each(columns[3], alias -> add(alias, new GazetteerEntry(entity, MentionForm.ALIAS)));
    }

    /** slug, name, wikidata, acronyms, aliases, country, kind, match. */
    private void addSourcedOrganization(String[] columns) {
        var entity = known("org:" + columns[0], EntityType.ORGANIZATION, columns[1], columns[2]);
        Match match = columns[7].equals("confirm") ? Match.CONFIRM : Match.LISTED;
        add(entity.name(), new GazetteerEntry(entity, MentionForm.NAME, match));
        GazetteerFile.each(columns[3], acronym -> add(acronym, new GazetteerEntry(entity, MentionForm.ACRONYM,
                match)));
        GazetteerFile.each(columns[4], alias -> add(alias, new GazetteerEntry(entity, MentionForm.ALIAS, match)));
    }

    /**
     * slug, name, wikidata, short names, sport, country, city. A club's full name and its short names of several
     * words are always matched; a one-word short name only in an article about sport, or, where it is a place's
     * name ("Valencia"), where the tagger takes the place for its club.
     */
    private void addClub(String[] columns) {
        var entity = known("org:" + columns[0], EntityType.ORGANIZATION, columns[1], columns[2]);
        addClubForm(entity.name(), entity, MentionForm.NAME);
        GazetteerFile.each(columns[3], name -> addClubForm(name, entity, MentionForm.ALIAS));
    }

    private void addClubForm(String form, KnownEntity club, MentionForm mentionForm) {
        if (form.indexOf(' ') > 0) {
            add(form, new GazetteerEntry(club, mentionForm, Match.LISTED));
        }
        else {
            clubShortNames.computeIfAbsent(form, name -> new HashSet<>())
                    .add(new GazetteerEntry(club, MentionForm.ALIAS, Match.SPORTS));
        }
    }

    private KnownEntity known(String id, EntityType type, String name, String wikidataId) {
        String qid = wikidataId != null && !wikidataId.isBlank() ? wikidataId : wikidataIds.get(id);
        return entities.computeIfAbsent(id, key -> new KnownEntity(id, type, name, qid));
    }

    private void add(String form, GazetteerEntry entry) {
        String key = Gazetteer.withoutArticle(form.strip());
        if (key.isEmpty() || forms.putIfAbsent(key, entry) != null) {
            return;
        }
        FormTokens.firstTokens(key).forEach(first -> firstTokens.merge(first, FormTokens.mostTokens(key), Math::max));
        if (hasSmallLetters(key) && letters(key) >= MIN_CAPITALS_LETTERS) {
            String capitals = key.toUpperCase(Locale.ROOT);
            if (capitalForms.putIfAbsent(capitals, entry) == null) {
                FormTokens.firstTokens(capitals).forEach(first -> capitalFirstTokens.merge(first,
                        FormTokens.mostTokens(capitals), Math::max));
            }
        }
    }

    private static boolean hasSmallLetters(String form) {
        return form.chars().anyMatch(Character::isLowerCase);
    }

    private static long letters(String form) {
        return form.chars().filter(Character::isLetter).count();
    }
}
