package newsflow.index.store.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.EntityType;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.InvalidQueryException;
import newsflow.index.store.StoreStatus;
import newsflow.index.store.WriteResult;
import newsflow.index.store.entities.EntityCount;
import newsflow.index.store.entities.EntityProfile;
import newsflow.index.store.entities.EntityQuery;
import newsflow.index.store.entities.EntityTally;
import newsflow.index.store.search.ArticleHit;
import newsflow.index.store.search.ArticleQuery;
import newsflow.index.store.search.SearchPage;
import newsflow.index.stories.StoryProbe;
import newsflow.support.stories.StoryCandidate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded {@link ArticleStore}: a Lucene index in a local folder, so the pipeline runs with no server to
 * install. Writes go through the {@link LuceneBatchWriter}: a batch is one commit (durable) and one refresh of the
 * near-real-time searcher (visible); when a write fails for want of disk, the batch is rolled back and the store
 * reports itself down until a write succeeds. Reads never wait for writes.
 */
public final class LuceneArticleStore implements ArticleStore, Closeable {

    private final LuceneIndex index;
    private final LuceneQueries queries;
    private final LuceneSnippets snippets;
    private final LuceneBatchWriter writer;

    private LuceneArticleStore(LuceneIndex index, Analyzer analyzer) {
        this.index = index;
        this.writer = new LuceneBatchWriter(index, WriterThreads.perCore());
        this.queries = new LuceneQueries(analyzer);
        this.snippets = new LuceneSnippets(analyzer);
    }

    /** Opens the index in this folder, creating the folder and an empty index when there is none. */
    public static LuceneArticleStore open(Path path) {
        return open(path, UnaryOperator.identity());
    }

    /** Opens the index in this folder through a wrapper of its directory (for tests of a failing disk). */
    public static LuceneArticleStore open(Path path, UnaryOperator<Directory> directoryWrapper) {
        Analyzer analyzer = ArticleDocuments.analyzer();
        try {
            Directory directory = new SyncOnceDirectory(directoryWrapper.apply(FSDirectory.open(path)));
            return new LuceneArticleStore(new LuceneIndex(path, directory, analyzer), analyzer);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot open the Lucene index in " + path, ex);
        }
    }

    @Override
    public List<WriteResult> write(List<? extends ArticleChange> changes) {
        return this.writer.write(changes);
    }

    @Override
    public Optional<ArticleEnriched> find(String articleId) {
        return storedDocument(articleId, ArticleDocuments.ARTICLE).map(ArticleDocuments::toArticle);
    }

    @Override
    public SearchPage search(ArticleQuery query) {
        Query lucene = this.queries.toQuery(query);
        Query text = this.queries.textQuery(query);
        int from = query.page() * query.size();
        return this.index.read(searcher -> {
            try {
                TopDocs top = searcher.search(lucene, from + query.size(), this.queries.toSort(query));
                return new SearchPage(
                        searcher.count(lucene), query.page(), query.size(), hits(searcher, top, from, text));
            } catch (IndexSearcher.TooManyClauses ex) {
                throw new InvalidQueryException("q matches too many terms; use fewer wildcards", ex);
            }
        });
    }

    @Override
    public List<EntityCount> topEntities(EntityQuery query) {
        Query articles = LuceneQueries.articlesOf(query.window(), null);
        return this.index.read(searcher ->
                LuceneEntities.top(searcher, articles, query.window(), query.type(), query.counting(), query.limit()));
    }

    @Override
    public Optional<EntityProfile> entity(String entityId, EntityQuery query) {
        Query articles = LuceneQueries.articlesOf(query.window(), entityId);
        return this.index.read(searcher -> {
            TopDocs latest = searcher.search(articles, query.limit(), LuceneQueries.NEWEST);
            if (latest.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Map<String, EntityTally> tally = LuceneEntityTally.of(searcher, articles, List.of(EntityType.values()));
            EntityCount entity = LuceneEntities.name(searcher, query.window(), entityId, tally.get(entityId))
                    .orElseThrow();
            return Optional.of(new EntityProfile(
                    entity.id(),
                    entity.type(),
                    entity.name(),
                    entity.wikidataId(),
                    entity.articles(),
                    entity.stories(),
                    LuceneEntities.perDay(searcher, articles),
                    LuceneEntities.ranked(searcher, query.window(), tally, entityId, query.counting(), query.limit()),
                    hits(searcher, latest, 0, null)));
        });
    }

    @Override
    public long countStories(ArticleQuery query) {
        Query lucene = this.queries.toQuery(query);
        return this.index.read(searcher -> LuceneStories.count(searcher, lucene));
    }

    @Override
    public List<StoryCandidate> storyCandidates(StoryProbe probe) {
        return this.index.read(searcher -> LuceneStories.candidates(searcher, probe));
    }

    @Override
    public StoreStatus status() {
        Throwable failure = this.index.failure();
        Map<String, Object> details = new HashMap<>(
                Map.of("store", "lucene", "path", this.index.path().toString()));
        if (failure != null) {
            details.put("error", failure.toString());
            return new StoreStatus(false, details);
        }
        Query articles = LuceneQueries.term(ArticleDocuments.KIND, ArticleDocuments.ARTICLE);
        details.put("articles", this.index.read(searcher -> (long) searcher.count(articles)));
        return new StoreStatus(true, details);
    }

    /** Commits what is written and closes the index; the store cannot be used after. */
    @Override
    public void close() throws IOException {
        this.writer.close();
    }

    /** The one document of this article id, of the given kind, or of either kind when {@code kind} is null. */
    private Optional<Document> storedDocument(String articleId, String kind) {
        return this.index.read(searcher -> {
            TopDocs top = searcher.search(LuceneQueries.byId(articleId, kind), 1);
            return top.scoreDocs.length == 0
                    ? Optional.empty()
                    : Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
        });
    }

    private List<ArticleHit> hits(IndexSearcher searcher, TopDocs top, int from, Query text) throws IOException {
        StoredFields fields = searcher.storedFields();
        List<ArticleHit> hits = new ArrayList<>();
        for (int i = from; i < top.scoreDocs.length; i++) {
            Document doc = fields.document(top.scoreDocs[i].doc, ArticleDocuments.HIT_FIELDS);
            ArticleEnriched article = ArticleDocuments.toArticle(doc);
            hits.add(ArticleHit.of(article, doc.get(ArticleDocuments.STORY), this.snippets.snippet(article, text)));
        }
        return hits;
    }
}
