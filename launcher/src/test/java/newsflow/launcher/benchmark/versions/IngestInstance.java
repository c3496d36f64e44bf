package newsflow.launcher.benchmark.versions;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * One ingest instance in a JVM of its own, for the version-state benchmark: it starts ingest on the given broker and
 * local store, prints one line of figures once ingest is ready (the time since this JVM started, the time its store
 * took to read {@code articles.versions}, the heap after a full GC), and stops ingest, which leaves the store and its
 * checkpoint for the next start.
 */
public final class IngestInstance {

    static final String FIGURES = "ingest-figures";

    private IngestInstance() {}

    public static void main(String[] args) throws Exception {
        VersionStateRun run = VersionStateRun.start(args[0], Path.of(args[1]));
        long sinceJvmStart = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        long heap = run.heapAfterGc();
        System.out.printf("%s ready-ms=%d load-ms=%d heap-bytes=%d%n", FIGURES, sinceJvmStart, run.loadMillis(), heap);
        run.close();
    }
}
