package newsflow.index.store.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.EventJson;
import newsflow.contract.Zone;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.entities.EntityCount;
import newsflow.index.store.entities.EntityTally;
import newsflow.index.store.search.IndexedEntities;
import newsflow.index.store.search.Snippets;
import newsflow.index.stories.StoryBands;
import newsflow.support.stories.StoryCandidate;
import newsflow.support.stories.StoryRules;
import newsflow.support.stories.StorySentences;

/**
 * How an article is laid out in the OpenSearch index ({@code article-mapping.json}): one document per article id,
 * the article or a retraction marker of kind {@value #RETRACTION}, never found by searches. The event travels
 * in the unindexed {@code event} field as it arrived from Kafka (else as the contract's mapper writes it), so a read
 * returns exactly what was written; the fields beside it are what searches and aggregations use, and the unindexed
 * {@value #ENTITIES} labels ({@code id}, {@code type}, {@code name} and, where it has one, {@code wikidataId}) name
 * the entities aggregations count.
 */
final class OpenSearchDocuments {

    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String RETRACTION = "retraction";
    static final String ARTICLE_ID = "articleId";
    static final String PUBLISHED_AT = "publishedAt";
    static final String ENTITY = "entity";
    static final String TYPE = "type";
    static final String COUNTRY = "country";
    static final String SOURCE = "source";
    static final String LANGUAGE = "language";
    static final String TEXT = "text";
    static final String ENTITIES = "entities";
    /** The story the article is a copy in. */
    static final String STORY_ID = "storyId";
    /** The article's fingerprint, as ingest wrote it, not indexed: what the story rules compare. */
    static final String FINGERPRINT = "fingerprint";
    /** The bands of the article's fingerprint ({@link StoryBands}), the terms of the near-neighbour lookup. */
    static final String FINGERPRINT_BAND = "fingerprintBand";
    /** The hashes of the article's sentences ({@link StorySentences}), the other terms of the lookup. */
    static final String STORY_SENTENCE = "storySentence";

    static final String EVENT = "event";
    /** In an entity's label in {@value #ENTITIES}, its Wikidata item id, where it has one. */
    static final String WIKIDATA_ID = "wikidataId";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper json;

    OpenSearchDocuments(ObjectMapper json) {
        this.json = json;
    }

    /** The field holding the ids of entities of one type, or of every type when null. */
    static String entityField(EntityType type) {
        return type == null ? ENTITY : "typed." + type.name();
    }

    ObjectNode of(ArticleChange change) {
        if (change instanceof ArticleChange.Publish publish) {
            return article(publish.article(), publish.json(), publish.storyId());
        }
        return identity(change, RETRACTION);
    }

    ArticleEnriched toArticle(JsonNode source) {
        try {
            return EventJson.mapper().readValue(this.json.writeValueAsBytes(source.get(EVENT)), ArticleEnriched.class);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The fields of a document a story lookup reads. */
    static final List<String> STORY_FIELDS =
            List.of(ARTICLE_ID, STORY_ID, FINGERPRINT, PUBLISHED_AT, ENTITY, STORY_SENTENCE);

    /** What a story lookup reads of a document: its article id, story, fingerprint, time, entity ids and sentences. */
    static Optional<StoryCandidate> storyCandidate(JsonNode source) {
        return StoryRules.parseFingerprint(source.path(FINGERPRINT).textValue()).map(fingerprint -> {
            Set<String> entityIds = new LinkedHashSet<>();
            source.path(ENTITY).forEach(id -> entityIds.add(id.asText()));
            Set<Long> sentences = new LinkedHashSet<>();
            source.path(STORY_SENTENCE).forEach(sentence -> sentences.add(sentence.asLong()));
            return new StoryCandidate(
                    source.path(ARTICLE_ID).asText(),
                    source.path(STORY_ID).asText(),
                    fingerprint,
                    Instant.ofEpochMilli(source.path(PUBLISHED_AT).asLong()),
                    entityIds,
                    sentences);
        });
    }

    /**
     * The name, type and Wikidata id a document's entity labels give an entity; no Wikidata id where the label has
     * none, as labels written before entities had them do not.
     */
    static Optional<EntityCount> label(JsonNode source, String entityId, EntityTally tally) {
        for (JsonNode entity : source.path(ENTITIES)) {
            if (entityId.equals(entity.path("id").asText())) {
                return Optional.of(new EntityCount(
                        entityId,
                        EntityType.valueOf(entity.path("type").asText()),
                        entity.path("name").asText(),
                        entity.path(WIKIDATA_ID).textValue(),
                        tally));
            }
        }
        return Optional.empty();
    }

    /** The article's document in its story, keeping the JSON it was read from as its event when there is one. */
    private ObjectNode article(ArticleEnriched article, byte[] json, String storyId) {
        ObjectNode doc = identity(ArticleChange.publish(article), ARTICLE);
        doc.put(SOURCE, article.source());
        if (article.language() != null) {
            doc.put(LANGUAGE, article.language());
        }
        doc.put(PUBLISHED_AT, sortTime(article));
        addEntities(doc, IndexedEntities.of(article.entities()));
        doc.put(STORY_ID, storyId);
        StoryRules.parseFingerprint(article.fingerprint()).ifPresent(fingerprint -> {
            doc.put(FINGERPRINT, article.fingerprint());
            StoryBands.of(fingerprint).forEach(doc.putArray(FINGERPRINT_BAND)::add);
        });
        StorySentences.of(article).forEach(doc.putArray(STORY_SENTENCE)::add);
        ArrayNode text = doc.putArray(TEXT);
        for (Zone zone : article.zones()) {
            if (Snippets.TEXT_ZONES.contains(zone.name())) {
                text.add(zone.text());
            }
        }
        doc.putRawValue(
                EVENT,
                new RawValue(
                        json != null
                                ? new String(json, StandardCharsets.UTF_8)
                                : EventJson.mapper().writeValueAsString(article)));
        return doc;
    }

    private static ObjectNode identity(ArticleChange change, String kind) {
        ObjectNode doc = NODES.objectNode();
        doc.put(KIND, kind);
        doc.put(ARTICLE_ID, change.articleId());
        doc.put("version", change.version());
        return doc;
    }

    private static void addEntities(ObjectNode doc, List<Entity> entities) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        ArrayNode labels = doc.putArray(ENTITIES);
        ObjectNode typed = doc.putObject("typed");
        for (Entity entity : entities) {
            if (ids.add(entity.id())) {
                types.add(entity.type().name());
                ObjectNode label = labels.addObject()
                        .put("id", entity.id())
                        .put("type", entity.type().name())
                        .put("name", entity.name());
                if (entity.wikidataId() != null) {
                    label.put(WIKIDATA_ID, entity.wikidataId());
                }
                typed.withArrayProperty(entity.type().name()).add(entity.id());
            }
        }
        ids.forEach(doc.putArray(ENTITY)::add);
        types.forEach(doc.putArray(TYPE)::add);
        typed.path(EntityType.COUNTRY.name()).forEach(doc.putArray(COUNTRY)::add);
    }

    private static long sortTime(ArticleEnriched article) {
        if (article.publishedAt() != null) {
            return article.publishedAt().toEpochMilli();
        }
        return (article.ingestedAt() != null ? article.ingestedAt() : article.enrichedAt()).toEpochMilli();
    }
}
