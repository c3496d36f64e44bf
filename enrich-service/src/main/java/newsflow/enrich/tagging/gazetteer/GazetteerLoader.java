package newsflow.enrich.tagging.gazetteer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;

/** Reads the gazetteer files into a {@link Gazetteer}, in the order that decides who wins a shared form. */
final class GazetteerLoader {

    /** The languages with a names-{@code <code>}.tsv file: their names of the same entities. */
    static final List<String> LANGUAGES = List.of("de", "fr", "es", "da", "sv", "nb", "nl", "it", "pt", "pl");

    private final Forms forms = new Forms();
    private final Map<String, Forms> languages = new HashMap<>();
    private final Map<String, GazetteerEntry> handles = new HashMap<>();
    private final Map<String, GazetteerEntry> agencyCredits = new HashMap<>();
    private final Map<String, GazetteerEntry> olympicCodes = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> placeNames = new HashSet<>();
    private final Map<String, KnownEntity> entities = new HashMap<>();
    private final Map<String, String> wikidataIds = new HashMap<>();
    private final Map<String, String> versions = new LinkedHashMap<>();
    /** Clubs by each one-word short name, to find the names two clubs share. */
    private final Map<String, Set<GazetteerEntry>> clubShortNames = new HashMap<>();

    private final ClubNamesByPlace clubNamesByPlace = new ClubNamesByPlace();

    private GazetteerLoader() {}

    static Gazetteer load() {
        var loader = new GazetteerLoader();
        loader.read("wikidata-ids.tsv", 3, columns -> loader.wikidataIds.put(columns[0], columns[1]));
        loader.read("countries.tsv", 5, loader::addCountry);
        loader.read("organizations.tsv", 6, loader::addOrganization);
        loader.read("agency-credits.tsv", 2, loader::addAgencyCredit);
        loader.read("olympic-codes.tsv", 2, loader::addOlympicCode);
        loader.read("cities.tsv", 4, loader::addCity);
        loader.read("organizations-sourced.tsv", 8, loader::addSourcedOrganization);
        loader.read("clubs.tsv", 7, loader::addClub);
        loader.addClubShortNames();
        loader.read("people.tsv", 5, loader::addPerson);
        loader.read("given-names.tsv", 3, columns -> loader.givenNames.add(columns[0]));
        loader.read("place-names.tsv", 2, columns -> loader.placeNames.add(columns[0]));
        for (String language : LANGUAGES) {
            loader.languages.put(language, new Forms());
        }
        loader.read(
                "local-names.tsv",
                4,
                columns -> loader.addLocalName(
                        loader.languages.get(columns[0]), Arrays.copyOfRange(columns, 1, 4), columns[0]));
        for (String language : LANGUAGES) {
            Forms local = loader.languages.get(language);
            loader.read("names-" + language + ".tsv", 3, columns -> loader.addLocalName(local, columns, language));
        }
        loader.clubNamesByPlace.addTo(loader.forms, "", loader.forms);
        for (String language : LANGUAGES) {
            loader.clubNamesByPlace.addTo(loader.languages.get(language), language, loader.forms);
        }
        return loader.build();
    }

    private void read(String file, int columns, Consumer<String[]> row) {
        versions.put(file.replace(".tsv", ""), GazetteerFile.read(file, columns, row));
    }

    private Gazetteer build() {
        Map<String, GazetteerEntry> clubsByPlace = new HashMap<>();
        clubShortNames.forEach((name, clubs) -> {
            GazetteerEntry taken = forms.lookup(name).orElse(null);
            if (clubs.size() == 1 && taken != null && taken.type() != EntityType.ORGANIZATION) {
                clubsByPlace.put(name, clubs.iterator().next());
                clubsByPlace.put(name.toUpperCase(Locale.ROOT), clubs.iterator().next());
            }
        });
        var version = new StringBuilder();
        versions.forEach((file, fileVersion) -> {
            if (!file.startsWith("names-")) {
                version.append(version.isEmpty() ? "" : ", ")
                        .append(file)
                        .append(' ')
                        .append(fileVersion);
            }
        });
        version.append(", names ").append(versions.get("names-de"));
        return new Gazetteer(
                forms,
                Map.copyOf(languages),
                Map.copyOf(clubsByPlace),
                Map.copyOf(handles),
                Map.copyOf(agencyCredits),
                Map.copyOf(olympicCodes),
                Set.copyOf(givenNames),
                Set.copyOf(placeNames),
                Map.copyOf(entities),
                Set.copyOf(wikidataIds.keySet()),
                version.toString());
    }

    private void addCountry(String[] columns) {
        var entity = known("country:" + columns[0], EntityType.COUNTRY, columns[1], null);
        forms.add(entity.name(), new GazetteerEntry(entity, MentionForm.NAME));
        forms.add(columns[2], new GazetteerEntry(entity, MentionForm.NAME));
        GazetteerFile.each(columns[3], alias -> forms.add(alias, new GazetteerEntry(entity, MentionForm.ALIAS)));
        GazetteerFile.each(columns[4], demonym -> forms.add(demonym, new GazetteerEntry(entity, MentionForm.DEMONYM)));
    }

    private void addOrganization(String[] columns) {
        var entity = known("org:" + columns[0], EntityType.ORGANIZATION, columns[1], null);
        forms.add(entity.name(), new GazetteerEntry(entity, MentionForm.NAME));
        GazetteerFile.each(columns[2], acronym -> forms.add(acronym, new GazetteerEntry(entity, MentionForm.ACRONYM)));
        GazetteerFile.each(columns[3], alias -> forms.add(alias, new GazetteerEntry(entity, MentionForm.ALIAS)));
        GazetteerFile.each(
                columns[4],
                handle -> handles.putIfAbsent(
                        handle.toLowerCase(Locale.ROOT), new GazetteerEntry(entity, MentionForm.HANDLE)));
    }

    /** form, slug of an organisation of organizations.tsv. */
    private void addAgencyCredit(String[] columns) {
        KnownEntity agency = entities.get("org:" + columns[1]);
        if (agency == null) {
            throw new IllegalStateException("agency-credits.tsv names an organisation that organizations.tsv does not"
                    + " list: " + columns[1]);
        }
        agencyCredits.put(columns[0], new GazetteerEntry(agency, MentionForm.ACRONYM));
    }

    /** Olympic code, ISO 3166-1 alpha-2 code of a country of countries.tsv. */
    private void addOlympicCode(String[] columns) {
        KnownEntity country = entities.get("country:" + columns[1]);
        if (country == null) {
            throw new IllegalStateException(
                    "olympic-codes.tsv names a country that countries.tsv does not list: " + columns[1]);
        }
        olympicCodes.put(columns[0], new GazetteerEntry(country, MentionForm.ACRONYM));
    }

    private void addCity(String[] columns) {
        String id = "location:" + columns[0] + "-" + columns[2].toLowerCase(Locale.ROOT);
        var entity = known(id, EntityType.LOCATION, columns[1], null);
        forms.add(entity.name(), new GazetteerEntry(entity, MentionForm.NAME));
        GazetteerFile.each(columns[3], alias -> forms.add(alias, new GazetteerEntry(entity, MentionForm.ALIAS)));
        clubNamesByPlace.city("", entity.name(), entity);
        GazetteerFile.each(columns[3], alias -> clubNamesByPlace.city("", alias, entity));
    }

    /**
     * slug, name, wikidata, acronyms, aliases, country, kind, match: a row to confirm has every form confirmed, and
     * an acronym of two or three letters is confirmed in any row.
     */
    private void addSourcedOrganization(String[] columns) {
        var entity = known("org:" + columns[0], EntityType.ORGANIZATION, columns[1], columns[2]);
        Match match = columns[7].equals("confirm") ? Match.CONFIRM : Match.LISTED;
        forms.add(entity.name(), new GazetteerEntry(entity, MentionForm.NAME, match));
        GazetteerFile.each(
                columns[3],
                acronym -> forms.add(
                        acronym,
                        new GazetteerEntry(
                                entity, MentionForm.ACRONYM, shortAcronym(acronym) ? Match.CONFIRM : match)));
        GazetteerFile.each(columns[4], alias -> forms.add(alias, new GazetteerEntry(entity, MentionForm.ALIAS, match)));
    }

    /** An acronym of two or three letters (ÖBB, AKP) names too many things to be taken without the model. */
    private static boolean shortAcronym(String acronym) {
        return acronym.codePoints().filter(Character::isLetterOrDigit).count() <= 3;
    }

    /**
     * slug, name, wikidata, short names, sport, country, city. A club's full name and its short names of several
     * words are always matched; a one-word short name only in an article about sport (or where the model finds an
     * organisation on it, but not when it is the club's city: "Groningen", "Cannes"), or, where it is a place's
     * name the gazetteers know ("Valencia"), where the tagger takes the place for its club.
     */
    private void addClub(String[] columns) {
        var entity = known("org:" + columns[0], EntityType.ORGANIZATION, columns[1], columns[2]);
        addClubForm(entity.name(), entity, MentionForm.NAME, columns[6]);
        GazetteerFile.each(columns[3], name -> addClubForm(name, entity, MentionForm.ALIAS, columns[6]));
        var alias = new GazetteerEntry(entity, MentionForm.ALIAS, Match.LISTED);
        clubNamesByPlace.club(entity.name(), columns[6], alias);
        GazetteerFile.each(columns[3], name -> clubNamesByPlace.club(name, columns[6], alias));
    }

    private void addClubForm(String form, KnownEntity club, MentionForm mentionForm, String city) {
        if (form.indexOf(' ') > 0) {
            forms.add(form, new GazetteerEntry(club, mentionForm, Match.LISTED));
        } else {
            clubShortNames
                    .computeIfAbsent(form, name -> new HashSet<>())
                    .add(new GazetteerEntry(
                            club, MentionForm.ALIAS, form.equals(city) ? Match.SPORT_ONLY : Match.SPORTS));
        }
    }

    /** A one-word short name of one club only, and no other entity's form, is that club's in sport. */
    private void addClubShortNames() {
        clubShortNames.forEach((name, clubs) -> {
            if (clubs.size() == 1 && forms.lookup(name).isEmpty()) {
                forms.add(name, clubs.iterator().next());
            }
        });
    }

    /** slug, name, wikidata, aliases, country: a person's full name and its spellings. */
    private void addPerson(String[] columns) {
        var entity = known("person:" + columns[0], EntityType.PERSON, columns[1], columns[2]);
        forms.add(entity.name(), new GazetteerEntry(entity, MentionForm.NAME, Match.LISTED));
        GazetteerFile.each(
                columns[3], alias -> forms.add(alias, new GazetteerEntry(entity, MentionForm.ALIAS, Match.LISTED)));
    }

    /**
     * id, form, kind: another language's name of an entity of the files above; in German also the forms its
     * adjectives take before the noun in other cases ("der Europäischen Zentralbank").
     */
    private void addLocalName(Forms local, String[] columns, String language) {
        KnownEntity entity = entities.get(columns[0]);
        if (local == null || entity == null) {
            return;
        }
        var entry = new GazetteerEntry(entity, MentionForm.valueOf(columns[2]), Match.ALWAYS);
        local.add(columns[1], entry);
        if (entity.type() == EntityType.LOCATION && entry.form() != MentionForm.DEMONYM) {
            clubNamesByPlace.city(language, columns[1], entity);
        }
        if (language.equals("de") && entry.form() != MentionForm.DEMONYM) {
            GermanInflections.of(columns[1]).forEach(form -> local.add(form, entry));
        }
    }

    private KnownEntity known(String id, EntityType type, String name, String wikidataId) {
        String qid = wikidataId != null && !wikidataId.isBlank() ? wikidataId : wikidataIds.get(id);
        return entities.computeIfAbsent(id, key -> new KnownEntity(id, type, name, qid));
    }
}
