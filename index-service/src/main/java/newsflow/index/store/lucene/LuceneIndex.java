package newsflow.index.store.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index of one folder: its writer and its near-real-time searchers. A failed write (a full disk) rolls
 * the writer back to the last commit, so what is durable is exactly what was committed; the next write opens a new
 * writer on that commit. Until then reads go on against the last searcher and the index reports the failure.
 */
final class LuceneIndex implements Closeable {

    /** Room for a few batches of articles in memory before a segment is flushed; commits flush anyway. */
    private static final double RAM_BUFFER_MB = 64;

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile Throwable failure;
    private boolean closed;

    LuceneIndex(Path path, Directory directory, Analyzer analyzer) throws IOException {
        this.path = path;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = newWriter();
        this.searchers = new SearcherManager(this.writer, null);
    }

    Path path() {
        return path;
    }

    /** The writer, reopened on the last commit after a failure. Callers serialise writes. */
    synchronized IndexWriter writer() throws IOException {
        if (this.closed) {
            throw new AlreadyClosedException("the index in " + path + " is closed");
        }
        if (!this.writer.isOpen()) {
            IndexWriter reopened = newWriter();
            SearcherManager previous = this.searchers;
            this.writer = reopened;
            this.searchers = new SearcherManager(reopened, null);
            this.failure = null;
            previous.close();
        }
        return this.writer;
    }

    /** Commits what was written and makes it visible to searches. */
    synchronized void commit() throws IOException {
        this.writer.commit();
        this.searchers.maybeRefreshBlocking();
    }

    /** Drops everything written since the last commit, after a failed write, and remembers why. */
    synchronized void rollBack(Throwable cause) {
        this.failure = cause;
        try {
            this.writer.rollback();
        } catch (IOException | RuntimeException ex) {
            cause.addSuppressed(ex);
        }
    }

    /**
     * What made a write fail: the writer's tragic exception when a background merge hit it first and closed the writer
     * (the write itself then sees only "this DocumentsWriter is closed" or "this writer hit an unrecoverable error"),
     * else the write's own exception.
     */
    synchronized Throwable reasonFor(Throwable writeFailure) {
        Throwable tragedy = this.writer.getTragicException();
        return writeFailure instanceof IllegalStateException && tragedy != null ? tragedy : writeFailure;
    }

    /** Whether the writer was closed by a tragic exception, such as a background merge's on a full disk. */
    synchronized boolean hitTragedy() {
        return this.writer.getTragicException() != null;
    }

    /** Why the index cannot take writes now, or null when it can. */
    Throwable failure() {
        if (this.closed) {
            return new AlreadyClosedException("the index is closed");
        }
        Throwable tragedy = this.writer.getTragicException();
        return tragedy != null ? tragedy : this.failure;
    }

    <T> T read(SearcherFunction<T> function) {
        try {
            SearcherManager manager = this.searchers;
            IndexSearcher searcher;
            try {
                searcher = manager.acquire();
            } catch (AlreadyClosedException ex) {
                manager = this.searchers;
                searcher = manager.acquire();
            }
            try {
                return function.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the Lucene index in " + path, ex);
        }
    }

    /** Commits what is written and closes the index; it cannot be used after. */
    @Override
    public synchronized void close() throws IOException {
        if (this.closed) {
            return;
        }
        this.closed = true;
        IndexWriter lastWriter = this.writer;
        SearcherManager lastSearchers = this.searchers;
        try (this.directory;
                lastWriter;
                lastSearchers) {
            if (lastWriter.isOpen() && this.failure == null) {
                lastWriter.commit();
            }
        }
    }

    private IndexWriter newWriter() throws IOException {
        var config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        return new IndexWriter(directory, config);
    }

    @FunctionalInterface
    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
