package newsflow.index.store.lucene;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.EventJson;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.index.store.StoredVersion;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * How an article is laid out in the Lucene index. Each article id has exactly one document: the article, or the
 * retraction that removed it (a small document of kind {@value #RETRACTION}), so replacing one by the other is a
 * single atomic update and the version check reads one document.
 */
final class ArticleDocuments {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String RETRACTION = "retraction";
    static final String VERSION = "version";
    /** The whole event as JSON, so a read returns exactly what was written. */
    static final String EVENT = "event";
    static final String SOURCE = "source";
    static final String LANGUAGE = "language";
    /** Publication time in epoch millis, for sorting and time ranges; the pipeline's times when it is unknown. */
    static final String PUBLISHED_AT = "publishedAt";
    static final String ENTITY = "entity";
    static final String TYPE = "type";
    static final String COUNTRY = "country";
    static final String TEXT = "text";

    /** Zones whose words are the article's own: boilerplate is page furniture and must not match a search. */
    private static final Set<ZoneName> TEXT_ZONES =
            Set.of(ZoneName.HEADLINE, ZoneName.STANDFIRST, ZoneName.BODY, ZoneName.CAPTION);

    private ArticleDocuments() {
    }

    /** Full text is analysed by the standard analyser; keyword fields are matched exactly, also in query text. */
    static Analyzer analyzer() {
        var keyword = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(ID, keyword, KIND, keyword, SOURCE,
                keyword, LANGUAGE, keyword, ENTITY, keyword, TYPE, keyword, COUNTRY, keyword));
    }

    static Term idTerm(String articleId) {
        return new Term(ID, articleId);
    }

    static Document article(ArticleEnriched article) {
        Document doc = identity(article.articleId(), ARTICLE, article.version());
        doc.add(new StoredField(EVENT, EventJson.mapper().writeValueAsBytes(article)));
        doc.add(new StringField(SOURCE, article.source(), Field.Store.NO));
        if (article.language() != null) {
            doc.add(new StringField(LANGUAGE, article.language(), Field.Store.NO));
        }
        long publishedAt = sortTime(article);
        doc.add(new LongPoint(PUBLISHED_AT, publishedAt));
        doc.add(new NumericDocValuesField(PUBLISHED_AT, publishedAt));
        addEntities(doc, article);
        for (Zone zone : article.zones()) {
            if (TEXT_ZONES.contains(zone.name())) {
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

    /** Reads the article of a search hit, loading only the stored event. */
    static ArticleEnriched readArticle(StoredFields fields, int doc) throws IOException {
        return toArticle(fields.document(doc, Set.of(EVENT)));
    }

    static StoredVersion toStoredVersion(Document doc) {
        return new StoredVersion(doc.getField(VERSION).numericValue().longValue(), RETRACTION.equals(doc.get(KIND)));
    }

    private static Document identity(String articleId, String kind, long version) {
        Document doc = new Document();
        doc.add(new StringField(ID, articleId, Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(articleId)));
        doc.add(new StringField(KIND, kind, Field.Store.YES));
        doc.add(new StoredField(VERSION, version));
        doc.add(new NumericDocValuesField(VERSION, version));
        return doc;
    }

    private static void addEntities(Document doc, ArticleEnriched article) {
        Set<String> ids = new LinkedHashSet<>();
        Set<EntityType> types = new LinkedHashSet<>();
        for (Entity entity : article.entities()) {
            ids.add(entity.id());
            types.add(entity.type());
        }
        ids.forEach(id -> doc.add(new StringField(ENTITY, id, Field.Store.NO)));
        types.forEach(type -> doc.add(new StringField(TYPE, type.name(), Field.Store.NO)));
        article.entities().stream()
                .filter(entity -> entity.type() == EntityType.COUNTRY)
                .map(Entity::id)
                .distinct()
                .forEach(country -> doc.add(new StringField(COUNTRY, country, Field.Store.NO)));
    }

    private static long sortTime(ArticleEnriched article) {
        if (article.publishedAt() != null) {
            return article.publishedAt().toEpochMilli();
        }
        return (article.ingestedAt() != null ? article.ingestedAt() : article.enrichedAt()).toEpochMilli();
    }
}
