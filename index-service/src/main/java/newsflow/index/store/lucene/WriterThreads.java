package newsflow.index.store.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that write one batch into the Lucene index together, one per core by default: the calling thread and
 * {@code size - 1} of its own. Building and analysing documents is most of a write, and Lucene's writer takes
 * documents from several threads at once, each into a segment of its own.
 */
final class WriterThreads implements Closeable {

    private final int size;
    private final ExecutorService helpers;

    WriterThreads(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("at least one writer thread, not " + size);
        }
        this.size = size;
        var number = new AtomicInteger();
        this.helpers = Executors.newFixedThreadPool(Math.max(1, size - 1), work -> {
            Thread thread = new Thread(work, "lucene-writer-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    static WriterThreads perCore() {
        return new WriterThreads(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs the part numbered 0 to size - 1 at once, 0 on the calling thread, and returns when all are done. The
     * first failure is thrown, with the others suppressed in it.
     */
    void run(Part part) throws IOException {
        List<Future<Void>> others = new ArrayList<>(size - 1);
        for (int n = 1; n < size; n++) {
            int number = n;
            others.add(helpers.submit(() -> {
                part.run(number);
                return null;
            }));
        }
        Throwable failure = null;
        try {
            part.run(0);
        } catch (IOException | RuntimeException | Error ex) {
            failure = ex;
        }
        for (Future<Void> other : others) {
            failure = combine(failure, outcome(other));
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure != null) {
            throw (Error) failure;
        }
    }

    private static Throwable outcome(Future<Void> other) {
        try {
            other.get();
            return null;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new InterruptedIOException("interrupted while the batch was written");
        } catch (ExecutionException ex) {
            return ex.getCause();
        }
    }

    private static Throwable combine(Throwable first, Throwable next) {
        if (first == null) {
            return next;
        }
        if (next != null && next != first) {
            first.addSuppressed(next);
        }
        return first;
    }

    @Override
    public void close() {
        helpers.shutdownNow();
    }

    @FunctionalInterface
    interface Part {
        void run(int number) throws IOException;
    }
}
