package newsflow.index.store.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;
import newsflow.index.store.ArticleHit;
import newsflow.index.store.ArticleQuery;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.InvalidQueryException;
import newsflow.index.store.SearchPage;
import newsflow.index.store.StoreStatus;
import newsflow.index.store.StoredVersion;
import newsflow.index.store.WriteResult;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded {@link ArticleStore}: a Lucene index in a local folder, so the pipeline runs with no server to
 * install. One {@link IndexWriter} takes every write; each write is committed (durable) and the near-real-time
 * searcher refreshed (visible) before it returns. Writes are serialised, so the version check and the write it
 * decides are atomic. Reads go through a {@link SearcherManager} and never wait for writes.
 */
public final class LuceneArticleStore implements ArticleStore, Closeable {

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LuceneQueries queries;
    private final Object writeLock = new Object();
    private boolean closed;

    private LuceneArticleStore(Path path, Directory directory, IndexWriter writer, Analyzer analyzer)
            throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.queries = new LuceneQueries(analyzer);
    }

    /** Opens the index in this folder, creating the folder and an empty index when there is none. */
    public static LuceneArticleStore open(Path path) {
        Analyzer analyzer = ArticleDocuments.analyzer();
        try {
            Directory directory = FSDirectory.open(path);
            var config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new LuceneArticleStore(path, directory, new IndexWriter(directory, config), analyzer);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot open the Lucene index in " + path, ex);
        }
    }

    @Override
    public WriteResult upsert(ArticleEnriched article) {
        synchronized (this.writeLock) {
            if (!stored(article.articleId()).map(held -> held.acceptsArticle(article.version())).orElse(true)) {
                return WriteResult.IGNORED_STALE;
            }
            write(article.articleId(), ArticleDocuments.article(article));
            return WriteResult.WRITTEN;
        }
    }

    @Override
    public WriteResult retract(ArticleRetracted retraction) {
        synchronized (this.writeLock) {
            if (!stored(retraction.articleId()).map(held -> held.acceptsRetraction(retraction.version()))
                    .orElse(true)) {
                return WriteResult.IGNORED_STALE;
            }
            write(retraction.articleId(), ArticleDocuments.retraction(retraction));
            return WriteResult.WRITTEN;
        }
    }

    @Override
    public Optional<ArticleEnriched> find(String articleId) {
        return storedDocument(articleId, ArticleDocuments.ARTICLE).map(ArticleDocuments::toArticle);
    }

    @Override
    public SearchPage search(ArticleQuery query) {
        Query lucene = this.queries.toQuery(query);
        int from = query.page() * query.size();
        return read(searcher -> {
            try {
                TopDocs top = searcher.search(lucene, from + query.size(), this.queries.toSort(query));
                return new SearchPage(searcher.count(lucene), query.page(), query.size(), hits(searcher, top, from));
            }
            catch (IndexSearcher.TooManyClauses ex) {
                throw new InvalidQueryException("q matches too many terms; use fewer wildcards", ex);
            }
        });
    }

    @Override
    public StoreStatus status() {
        Throwable tragedy = this.writer.getTragicException();
        if (tragedy != null || !this.writer.isOpen()) {
            String error = tragedy != null ? tragedy.toString() : "the index is closed";
            return new StoreStatus(false, Map.of("path", this.path.toString(), "error", error));
        }
        Query articles = LuceneQueries.term(ArticleDocuments.KIND, ArticleDocuments.ARTICLE);
        return new StoreStatus(true, Map.of("path", this.path.toString(), "articles", read(s -> s.count(articles))));
    }

    /** Commits what is written and closes the index; the store cannot be used after. */
    @Override
    public void close() throws IOException {
        synchronized (this.writeLock) {
            if (this.closed) {
                return;
            }
            this.closed = true;
            try (this.directory; this.writer; this.searchers) {
                if (this.writer.isOpen()) {
                    this.writer.commit();
                }
            }
        }
    }

    private void write(String articleId, Document document) {
        try {
            this.writer.updateDocument(ArticleDocuments.idTerm(articleId), document);
            this.writer.commit();
            this.searchers.maybeRefreshBlocking();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write article " + articleId + " to " + this.path, ex);
        }
    }

    private Optional<StoredVersion> stored(String articleId) {
        return storedDocument(articleId, null).map(ArticleDocuments::toStoredVersion);
    }

    /** The one document of this article id, of the given kind, or of either kind when {@code kind} is null. */
    private Optional<Document> storedDocument(String articleId, String kind) {
        return read(searcher -> {
            TopDocs top = searcher.search(LuceneQueries.byId(articleId, kind), 1);
            return top.scoreDocs.length == 0
                    ? Optional.empty()
                    : Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
        });
    }

    private static List<ArticleHit> hits(IndexSearcher searcher, TopDocs top, int from) throws IOException {
        StoredFields fields = searcher.storedFields();
        List<ArticleHit> hits = new ArrayList<>();
        for (int i = from; i < top.scoreDocs.length; i++) {
            hits.add(ArticleHit.of(ArticleDocuments.readArticle(fields, top.scoreDocs[i].doc)));
        }
        return hits;
    }

    private <T> T read(SearcherFunction<T> function) {
        try {
            IndexSearcher searcher = this.searchers.acquire();
            try {
                return function.apply(searcher);
            }
            finally {
                this.searchers.release(searcher);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read the Lucene index in " + this.path, ex);
        }
    }

    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
