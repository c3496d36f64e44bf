package newsflow.index.store.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.ArticleRejectedException;
import newsflow.index.store.StoreUnavailableException;
import newsflow.index.store.StoredVersion;
import newsflow.index.store.WriteResult;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * Writes batches of changes to the Lucene index, one batch at a time, so that a version check and the write it
 * decides are atomic. The versions held for the batch's articles are read at once; each change is then decided by
 * them and by the changes before it in the batch, and only the last accepted change of each article is written,
 * several documents at a time, then committed once. A failed write rolls the index back to its last commit.
 */
final class LuceneBatchWriter implements Closeable {

    /** Changes from which a batch is written on all the writer's threads; fewer are written on the caller's. */
    static final int SHARED_BATCH = 200;

    private final LuceneIndex index;
    private final WriterThreads threads;

    LuceneBatchWriter(LuceneIndex index, WriterThreads threads) {
        this.index = index;
        this.threads = threads;
    }

    /**
     * Writes and commits the batch. A background merge that fails (a full disk) closes the writer with a tragic
     * exception, which the batch meets as "this DocumentsWriter is closed" while it writes or as "this writer hit an
     * unrecoverable error; cannot commit" when it commits: either way the store is unavailable, the batch is rolled
     * back and retried until the index can be written again, never dead-lettered.
     */
    synchronized List<WriteResult> write(List<? extends ArticleChange> changes) {
        try {
            return writeAndCommit(this.index.writer(), changes);
        } catch (IOException | AlreadyClosedException ex) {
            throw unavailable(ex);
        } catch (IllegalStateException ex) {
            if (!this.index.hitTragedy()) {
                throw ex;
            }
            throw unavailable(ex);
        }
    }

    private StoreUnavailableException unavailable(Exception ex) {
        Throwable reason = this.index.reasonFor(ex);
        this.index.rollBack(reason);
        return new StoreUnavailableException(
                "cannot write to the Lucene index in " + this.index.path() + ": "
                        + rootCause(reason).getMessage(),
                reason);
    }

    /** Commits what is written and closes the index, once the batch being written, if any, is done. */
    @Override
    public synchronized void close() throws IOException {
        try (this.threads) {
            this.index.close();
        }
    }

    private List<WriteResult> writeAndCommit(IndexWriter writer, List<? extends ArticleChange> changes)
            throws IOException {
        Set<String> ids = new HashSet<>();
        changes.forEach(change -> ids.add(change.articleId()));
        Map<String, StoredVersion> held = this.index.read(searcher -> LuceneVersions.of(searcher, ids));
        Map<String, Integer> lastWritten = new LinkedHashMap<>();
        List<WriteResult> results = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            ArticleChange change = changes.get(i);
            StoredVersion version = held.get(change.articleId());
            if (version != null && !change.isNewerThan(version)) {
                results.add(WriteResult.IGNORED_STALE);
                continue;
            }
            held.put(change.articleId(), change.toStoredVersion());
            lastWritten.put(change.articleId(), i);
            results.add(WriteResult.WRITTEN);
        }
        if (!lastWritten.isEmpty()) {
            update(writer, changes, lastWritten.values());
            this.index.commit();
        }
        return results;
    }

    /**
     * Writes these changes. A large batch (a backlog's poll) is shared out on the writer's threads, each taking the
     * next change not yet taken, then each thread flushes one in-memory segment, so that the commit after finds them
     * written instead of flushing them all itself. A small batch (the few articles of a poll while the pipeline keeps
     * up) is written on this thread into one segment: shared out, it would make a tiny segment per thread, each to be
     * flushed, synced and soon merged. A change Lucene refuses is reported once the others are committed.
     */
    private void update(IndexWriter writer, List<? extends ArticleChange> changes, Collection<Integer> indexes)
            throws IOException {
        List<Integer> order = List.copyOf(indexes);
        Map<Integer, RuntimeException> refused = new ConcurrentSkipListMap<>();
        AtomicInteger next = new AtomicInteger();
        WriterThreads.Part write = part -> {
            for (int k = next.getAndIncrement(); k < order.size(); k = next.getAndIncrement()) {
                int i = order.get(k);
                ArticleChange change = changes.get(i);
                try {
                    writer.updateDocument(ArticleDocuments.idTerm(change.articleId()), ArticleDocuments.of(change));
                } catch (IllegalArgumentException ex) {
                    refused.put(i, ex);
                }
            }
        };
        if (order.size() >= SHARED_BATCH) {
            this.threads.run(write);
            this.threads.run(part -> writer.flushNextBuffer());
        } else {
            write.run(0);
        }
        if (!refused.isEmpty()) {
            var first = refused.entrySet().iterator().next();
            this.index.commit();
            throw new ArticleRejectedException(
                    first.getKey(),
                    "Lucene refuses article " + changes.get(first.getKey()).articleId() + ": "
                            + first.getValue().getMessage(),
                    first.getValue());
        }
    }

    /** The first failure: when a merge met a full disk, Lucene closes the writer and says only that it is closed. */
    private static Throwable rootCause(Throwable ex) {
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
