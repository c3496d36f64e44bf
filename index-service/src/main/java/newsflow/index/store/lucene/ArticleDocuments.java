package newsflow.index.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.EventJson;
import newsflow.contract.Zone;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.StoredVersion;
import newsflow.index.store.search.IndexedEntities;
import newsflow.index.store.search.Snippets;
import newsflow.index.stories.StoryBands;
import newsflow.support.stories.StoryRules;
import newsflow.support.stories.StorySentences;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * How an article is laid out in the Lucene index. Each article id has exactly one document: the article, or the
 * retraction that removed it (a small document of kind {@value #RETRACTION}), so replacing one by the other is a
 * single atomic update and the version check reads one document. Entities are indexed only when mentioned outside
 * boilerplate ({@link IndexedEntities}), as terms to filter on, as sorted-set doc values (one field per entity
 * type) to count, and as {@link EntityLabels} to name what was counted.
 */
final class ArticleDocuments {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String RETRACTION = "retraction";
    static final String VERSION = "version";
    /** 1 on a retraction marker, 0 on an article: with {@link #VERSION}, what a version check needs, in doc values. */
    static final String RETRACTED = "retracted";
    /** An article's enrichment revision, in doc values; absent on retractions and on articles written before it. */
    static final String ENRICHMENT_REVISION = "enrichmentRevision";
    /** The whole event as JSON, so a read returns exactly what was written. */
    static final String EVENT = "event";

    static final String SOURCE = "source";
    static final String LANGUAGE = "language";
    /** Publication time in epoch millis, for sorting and time ranges; the pipeline's times when it is unknown. */
    static final String PUBLISHED_AT = "publishedAt";

    /** The story the article is a copy in: a term to filter on, stored, and in doc values. */
    static final String STORY = "story";
    /** {@code "true"} on the article that started its story. */
    static final String STORY_LEAD = "storyLead";
    /** The bands of the article's fingerprint ({@link StoryBands}), the terms of the near-neighbour lookup. */
    static final String FINGERPRINT_BAND = "fingerprintBand";
    /** The article's fingerprint, in doc values. */
    static final String FINGERPRINT = "fingerprint";
    /** The hashes of the article's sentences ({@link StorySentences}), as hex terms for the near-neighbour lookup. */
    static final String STORY_SENTENCE = "storySentence";
    /** The same hashes in doc values, for the story rules to compare. */
    static final String STORY_SENTENCES = "storySentences";

    static final String ENTITY = "entity";
    static final String TYPE = "type";
    static final String COUNTRY = "country";
    static final String TEXT = "text";

    private ArticleDocuments() {}

    /** Full text is analysed by the standard analyser; keyword fields are matched exactly, also in query text. */
    static Analyzer analyzer() {
        var keyword = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(
                new StandardAnalyzer(),
                Map.of(
                        ID, keyword, KIND, keyword, SOURCE, keyword, LANGUAGE, keyword, ENTITY, keyword, TYPE, keyword,
                        COUNTRY, keyword, STORY, keyword));
    }

    static Term idTerm(String articleId) {
        return new Term(ID, articleId);
    }

    static Document of(ArticleChange change) throws IOException {
        if (change instanceof ArticleChange.Publish publish) {
            return article(publish.article(), publish.json(), publish.storyId());
        }
        return retraction(((ArticleChange.Retract) change).retraction());
    }

    /**
     * The article's document in its story, keeping the JSON it was read from as its stored event when there is one.
     */
    static Document article(ArticleEnriched article, byte[] json, String storyId) throws IOException {
        Document doc = identity(article.articleId(), ARTICLE, article.version());
        doc.add(new NumericDocValuesField(ENRICHMENT_REVISION, article.enrichmentRevision()));
        doc.add(new StoredField(EVENT, json != null ? json : EventJson.mapper().writeValueAsBytes(article)));
        doc.add(new StringField(SOURCE, article.source(), Field.Store.NO));
        if (article.language() != null) {
            doc.add(new StringField(LANGUAGE, article.language(), Field.Store.NO));
        }
        long publishedAt = sortTime(article);
        doc.add(new LongPoint(PUBLISHED_AT, publishedAt));
        doc.add(new NumericDocValuesField(PUBLISHED_AT, publishedAt));
        addEntities(doc, IndexedEntities.of(article.entities()));
        addStory(doc, article, storyId);
        for (Zone zone : article.zones()) {
            if (Snippets.TEXT_ZONES.contains(zone.name())) {
                doc.add(new TextField(TEXT, zone.text(), Field.Store.NO));
            }
        }
        return doc;
    }

    static Document retraction(ArticleRetracted retraction) {
        Document doc = identity(retraction.articleId(), RETRACTION, retraction.version());
        doc.add(new StoredField(EVENT, EventJson.mapper().writeValueAsBytes(retraction)));
        return doc;
    }

    static ArticleEnriched toArticle(Document doc) {
        BytesRef json = doc.getBinaryValue(EVENT);
        return EventJson.mapper().readValue(json.bytes, json.offset, json.length, ArticleEnriched.class);
    }

    /** The stored fields a search hit reads: the event and the story. */
    static final Set<String> HIT_FIELDS = Set.of(EVENT, STORY);

    /** What a document written before the retracted flag existed holds: its revision is 0, as then. */
    static StoredVersion toStoredVersion(Document doc) {
        long version = doc.getField(VERSION).numericValue().longValue();
        return RETRACTION.equals(doc.get(KIND)) ? StoredVersion.retraction(version) : StoredVersion.article(version, 0);
    }

    private static Document identity(String articleId, String kind, long version) {
        Document doc = new Document();
        doc.add(new StringField(ID, articleId, Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(articleId)));
        doc.add(new StringField(KIND, kind, Field.Store.YES));
        doc.add(new StoredField(VERSION, version));
        doc.add(new NumericDocValuesField(VERSION, version));
        doc.add(new NumericDocValuesField(RETRACTED, RETRACTION.equals(kind) ? 1 : 0));
        return doc;
    }

    private static void addStory(Document doc, ArticleEnriched article, String storyId) {
        doc.add(new StringField(STORY, storyId, Field.Store.YES));
        doc.add(new SortedDocValuesField(STORY, new BytesRef(storyId)));
        if (storyId.equals(article.articleId())) {
            doc.add(new StringField(STORY_LEAD, "true", Field.Store.NO));
        }
        StoryRules.parseFingerprint(article.fingerprint()).ifPresent(fingerprint -> {
            doc.add(new NumericDocValuesField(FINGERPRINT, fingerprint));
            StoryBands.of(fingerprint)
                    .forEach(band -> doc.add(new StringField(FINGERPRINT_BAND, band, Field.Store.NO)));
        });
        for (long sentence : StorySentences.of(article)) {
            doc.add(new StringField(STORY_SENTENCE, Long.toHexString(sentence), Field.Store.NO));
            doc.add(new SortedNumericDocValuesField(STORY_SENTENCES, sentence));
        }
    }

    private static void addEntities(Document doc, List<Entity> entities) {
        Set<String> ids = new LinkedHashSet<>();
        Set<EntityType> types = new LinkedHashSet<>();
        List<Entity> labelled = new ArrayList<>();
        for (Entity entity : entities) {
            if (ids.add(entity.id())) {
                doc.add(new StringField(ENTITY, entity.id(), Field.Store.NO));
                doc.add(new SortedSetDocValuesField(entityValues(entity.type()), new BytesRef(entity.id())));
                labelled.add(entity);
                if (entity.type() == EntityType.COUNTRY) {
                    doc.add(new StringField(COUNTRY, entity.id(), Field.Store.NO));
                }
            }
            types.add(entity.type());
        }
        types.forEach(type -> doc.add(new StringField(TYPE, type.name(), Field.Store.NO)));
        EntityLabels.addTo(doc, labelled);
    }

    private static long sortTime(ArticleEnriched article) {
        if (article.publishedAt() != null) {
            return article.publishedAt().toEpochMilli();
        }
        return (article.ingestedAt() != null ? article.ingestedAt() : article.enrichedAt()).toEpochMilli();
    }

    /** The doc values field of the ids of an article's entities of one type, which entity counts read. */
    static String entityValues(EntityType type) {
        return ENTITY + "." + type.name();
    }
}
