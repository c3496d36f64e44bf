package newsflow.enrich.tagging;

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

/**
 * Turns an article's chosen mentions into its entities: one type per surface form across the article, people's
 * short names joined to their full names, canonical ids, then salience and confidence per entity.
 */
final class EntityResolver {

    private final Map<ZoneName, String> zoneTexts;

    EntityResolver(Map<ZoneName, String> zoneTexts) {
        this.zoneTexts = zoneTexts;
    }

    List<Entity> resolve(List<Span> spans, Map<ZoneName, List<List<Token>>> tokens) {
        List<Span> typed = SurfaceTypes.harmonise(spans);
        PersonNames people = new PersonNames(typed.stream()
                .filter(span -> span.known() == null && span.type() == EntityType.PERSON)
                .map(Span::text).toList());
        List<Span> all = new ArrayList<>(typed.stream().map(span -> asPersonIfPartOfName(span, people)).toList());
        all.addAll(SurnameMentions.find(people.surnames(), tokens, all));
        Map<String, List<Span>> byId = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Span span : all) {
            String name = canonicalName(span, people);
            String id = idOf(span, name);
            byId.computeIfAbsent(id, key -> new ArrayList<>()).add(span);
            names.putIfAbsent(id, name);
        }
        return entities(byId, names);
    }

    /** A model mention typed otherwise that is the surname of a person in the article is that person. */
    private static Span asPersonIfPartOfName(Span span, PersonNames people) {
        if (span.known() == null && span.type() != EntityType.PERSON && people.isPartOfLongerName(span.text())) {
            return new Span(span.zone(), span.start(), span.end(), span.text(), EntityType.PERSON, null,
                    MentionForm.NAME, span.tokens());
        }
        return span;
    }

    private static String canonicalName(Span span, PersonNames people) {
        if (span.known() != null) {
            return span.known().name();
        }
        return span.type() == EntityType.PERSON ? people.fullName(span.text()) : span.text();
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

    private List<Entity> entities(Map<String, List<Span>> byId, Map<String, String> names) {
        Map<ZoneName, Integer> lengths = zoneTexts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().length()));
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
        double highest = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Entity> entities = new ArrayList<>();
        byId.forEach((id, spans) -> entities.add(new Entity(id, spans.get(0).type(), names.get(id),
                Salience.of(scores.get(id), highest), Confidence.of(spans), mentions.get(id))));
        entities.sort(Comparator.comparingDouble(Entity::salience).reversed().thenComparing(Entity::id));
        return entities;
    }
}
