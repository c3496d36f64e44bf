package newsflow.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The in-JVM {@link Pipeline} for tests in other packages, on any free ports. */
public final class PipelineAccess implements AutoCloseable {

    private final Pipeline pipeline;

    private PipelineAccess(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public static PipelineAccess start(String bootstrapServers, Path indexDir, String... extraArgs) {
        return new PipelineAccess(Pipeline.start(bootstrapServers, indexDir, Pipeline.Ports.ANY_FREE, extraArgs));
    }

    /** With further arguments for each service, by its name: ingest, enrich, index, dashboard. */
    public static PipelineAccess start(
            String bootstrapServers, Path indexDir, Function<String, List<String>> extraArgs) {
        return new PipelineAccess(Pipeline.start(bootstrapServers, indexDir, Pipeline.Ports.ANY_FREE, extraArgs));
    }

    public int ingestPort() {
        return pipeline.ingestPort();
    }

    public int enrichPort() {
        return pipeline.enrichPort();
    }

    public int indexPort() {
        return pipeline.indexPort();
    }

    public int dashboardPort() {
        return pipeline.dashboardPort();
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
