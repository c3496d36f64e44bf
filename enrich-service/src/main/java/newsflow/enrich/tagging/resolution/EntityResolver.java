package newsflow.enrich.tagging.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.Mention;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.TaggingDeadline;
import newsflow.enrich.tagging.gazetteer.Gazetteer;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.mentions.sport.ClubsByTown;
import newsflow.enrich.tagging.mentions.sport.SportsContext;
import newsflow.enrich.tagging.mentions.sport.TeamNames;
import newsflow.enrich.tagging.resolution.organisations.AcronymPeople;
import newsflow.enrich.tagging.resolution.organisations.CompoundNames;
import newsflow.enrich.tagging.resolution.organisations.CountryBrands;
import newsflow.enrich.tagging.resolution.organisations.NationalInstitutions;
import newsflow.enrich.tagging.resolution.organisations.OrganisationNames;
import newsflow.enrich.tagging.resolution.organisations.OrganisationShortNames;
import newsflow.enrich.tagging.resolution.organisations.OrganisationWords;
import newsflow.enrich.tagging.resolution.places.DiseaseNames;
import newsflow.enrich.tagging.resolution.places.LanguageNames;
import newsflow.enrich.tagging.resolution.places.PlaceContexts;
import newsflow.enrich.tagging.resolution.places.PlaceParticles;
import newsflow.enrich.tagging.resolution.places.StormNames;
import newsflow.enrich.tagging.resolution.places.UsStates;
import newsflow.enrich.tagging.resolution.places.Venues;
import newsflow.enrich.tagging.text.Slugs;
import newsflow.enrich.tagging.text.Token;
import newsflow.enrich.tagging.text.Words;

/**
 * Turns an article's chosen mentions into its entities: US states as teams or places where they are not the
 * country ({@link UsStates}), venues as places, places the model calls people by the words around them
 * ({@link PlaceContexts}), one type per surface form across the
 * article, people's short names joined to their full names, one-word organisation names in every place the article
 * writes them ({@link OrganisationWords}), organisations' acronyms and variants joined to their
 * names, an institution every country has named for the article's country ({@link NationalInstitutions}), canonical
 * ids, then salience and confidence per entity.
 */
public final class EntityResolver {

    private final Map<ZoneName, String> zoneTexts;
    private final Gazetteer gazetteer;
    private final boolean sports;

    /** @param sports whether the article is about sport ({@link SportsContext}) */
    public EntityResolver(Map<ZoneName, String> zoneTexts, Gazetteer gazetteer, boolean sports) {
        this.zoneTexts = zoneTexts;
        this.gazetteer = gazetteer;
        this.sports = sports;
    }

    /**
     * @param spans the chosen mentions
     * @param other the stretches the model calls MISC: a word there is not a mention of an organisation of that name
     */
    public List<Entity> resolve(
            List<Span> spans, List<Span> other, Map<ZoneName, List<List<Token>>> tokens, TaggingDeadline deadline) {
        List<Span> named = UsStates.retype(
                LanguageNames.drop(
                        CommonWords.drop(
                                StormNames.drop(
                                        DiseaseNames.drop(
                                                PlaceParticles.join(
                                                        CompoundNames.join(spans, zoneTexts),
                                                        zoneTexts,
                                                        gazetteer::isPlaceName),
                                                zoneTexts),
                                        zoneTexts),
                                zoneTexts,
                                tokens),
                        zoneTexts,
                        gazetteer::isPlaceName,
                        gazetteer::isGivenName,
                        sports),
                zoneTexts);
        List<Span> typed = OrganisationShortNames.apply(
                ResultTeams.retype(
                        SurfaceTypes.harmonise(
                                townTeams(Venues.retype(
                                        PlaceContexts.retype(
                                                AcronymPeople.retype(
                                                        ContextTypes.retype(
                                                                CountryBrands.retype(named, gazetteer),
                                                                zoneTexts,
                                                                gazetteer),
                                                        zoneTexts),
                                                zoneTexts,
                                                gazetteer,
                                                sports),
                                        zoneTexts,
                                        sports,
                                        gazetteer::isGivenName)),
                                zoneTexts,
                                sports,
                                new SurfaceTypes.Names(gazetteer::isGivenName, gazetteer::isPlaceName)),
                        zoneTexts,
                        sports),
                tokens,
                gazetteer,
                sports);
        PersonNames people = new PersonNames(
                typed.stream()
                        .filter(span -> span.type() == EntityType.PERSON)
                        .map(Span::text)
                        .toList(),
                deadline);
        Map<String, String> surnames = people.surnames();
        Map<String, String> firstNames = people.firstNames(gazetteer::isGivenName);
        List<Span> all = new ArrayList<>(typed.stream()
                .map(span -> asPerson(span, people, surnames, firstNames))
                .toList());
        all.addAll(WordMentions.find(
                surnames.keySet(),
                tokens,
                all,
                (zone, token) -> WordMentions.word(zone, token, EntityType.PERSON, null, MentionForm.NAME)));
        all = CapitalMentions.find(all, other, surnames, zoneTexts, tokens);
        all.addAll(OrganisationWords.find(all, other, zoneTexts, tokens, gazetteer));
        deadline.check();
        OrganisationNames organisations = OrganisationNames.link(all, zoneTexts, tokens, deadline);
        deadline.check();
        NationalInstitutions institutions = NationalInstitutions.of(organisations.spans());
        Map<String, List<Span>> byId = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Span found : organisations.spans()) {
            Span span = institutions.unlinked(found);
            String name = canonicalName(span, people, organisations, institutions);
            String id = idOf(span, name);
            byId.computeIfAbsent(id, key -> new ArrayList<>()).add(span);
            names.putIfAbsent(id, name);
        }
        return entities(byId, names);
    }

    /** In an article about sport, a place's name and a nickname the model calls a person's are a team's. */
    private List<Span> townTeams(List<Span> spans) {
        if (!sports) {
            return spans;
        }
        return TeamNames.townTeams(
                spans,
                name -> !gazetteer.isGivenName(name) // "Linda Wild" is a tennis player
                        && ClubsByTown.isPlace(name, gazetteer),
                gazetteer::isGivenName);
    }

    /**
     * A model mention typed otherwise that is part of the name of a person in the article is that person; so is a
     * gazetteer match that is the surname of a person in the article ("Jordan" after "Michael Jordan"; a country's name
     * only after a name of two words, not after a body the model took for a person, "Les Eaux de Mayotte"); and so is a
     * given name that begins one person's full name in the article, where a title or a verb of saying stands next to
     * it ("Jordan Castillo" ... "Jordan said"), or, but for a country's name, a verb a person is the subject of
     * ("Santiago Quispe" ... "Santiago can show me"). A place after "in", "near" … stays a place, though a person of the
     * article bears its name ("Sibusiso Manzini" … "the company's offices in Manzini").
     */
    private Span asPerson(Span span, PersonNames people, Map<String, String> surnames, Map<String, String> firstNames) {
        if (span.type() == EntityType.LOCATION
                && span.tokens() == 1
                && PlaceContexts.afterPlacePreposition(span, zoneTexts.get(span.zone()))) {
            return span;
        }
        boolean modelName =
                span.known() == null && span.type() != EntityType.PERSON && people.isPartOfLongerName(span.text());
        boolean byName = span.form() == MentionForm.NAME || span.form() == MentionForm.ALIAS;
        boolean surname = span.known() != null
                && span.tokens() == 1
                && surnames.containsKey(span.text())
                && byName
                && (span.type() != EntityType.COUNTRY || Words.of(surnames.get(span.text())).length == 2);
        boolean firstName = span.tokens() == 1
                && span.type() != EntityType.PERSON
                && byName
                && firstNames.containsKey(span.text())
                && (ContextTypes.personCue(span, zoneTexts.get(span.zone()))
                        || span.type() != EntityType.COUNTRY
                                && ContextTypes.givenNameCue(span, zoneTexts.get(span.zone())));
        if (modelName || surname || firstName) {
            return span.as(EntityType.PERSON, null, MentionForm.NAME);
        }
        return span;
    }

    private String canonicalName(
            Span span, PersonNames people, OrganisationNames organisations, NationalInstitutions institutions) {
        if (span.known() != null) {
            return span.known().name();
        }
        return switch (span.type()) {
            case PERSON -> people.fullName(span.text());
            case ORGANIZATION -> institutions.name(organisations.canonical(span.text()));
            case LOCATION -> Venues.name(span, zoneTexts.get(span.zone()), sports, gazetteer::isGivenName);
            case COUNTRY -> span.text();
        };
    }

    private static String idOf(Span span, String name) {
        if (span.known() != null) {
            return span.known().id();
        }
        return switch (span.type()) {
            case PERSON -> "person:" + Slugs.of(name);
            case ORGANIZATION -> "org:" + Slugs.of(name);
            case LOCATION, COUNTRY -> "location:" + Slugs.of(name);
        };
    }

    /** The Wikidata id of the entity the mentions name, where a gazetteer gave one. */
    private static String wikidataId(List<Span> spans) {
        return spans.stream()
                .filter(span -> span.known() != null && span.known().wikidataId() != null)
                .map(span -> span.known().wikidataId())
                .findFirst()
                .orElse(null);
    }

    private List<Entity> entities(Map<String, List<Span>> byId, Map<String, String> names) {
        Map<ZoneName, Integer> lengths = zoneTexts.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().length()));
        Map<String, Double> scores = new HashMap<>();
        Map<String, List<Mention>> mentions = new HashMap<>();
        byId.forEach((id, spans) -> {
            List<Mention> list = spans.stream()
                    .sorted(Comparator.comparing(Span::zone).thenComparingInt(Span::start))
                    .map(span -> new Mention(span.zone(), span.start(), span.end(), span.text(), span.form()))
                    .toList();
            mentions.put(id, list);
            scores.put(id, Salience.score(list, lengths));
        });
        double highest =
                scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Entity> entities = new ArrayList<>();
        byId.forEach((id, spans) -> entities.add(new Entity(
                id,
                spans.get(0).type(),
                names.get(id),
                wikidataId(spans),
                Salience.of(scores.get(id), highest),
                Confidence.of(spans),
                mentions.get(id))));
        entities.sort(Comparator.comparingDouble(Entity::salience).reversed().thenComparing(Entity::id));
        return entities;
    }
}
