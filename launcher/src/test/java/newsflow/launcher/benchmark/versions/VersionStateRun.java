package newsflow.launcher.benchmark.versions;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import newsflow.ingest.IngestApplication;
import newsflow.ingest.lifecycle.VersionTable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** An ingest instance started by the benchmark on its broker and local store. */
record VersionStateRun(ConfigurableApplicationContext context, long loadMillis) implements AutoCloseable {

    static VersionStateRun start(String bootstrapServers, Path stateDir) {
        SpringApplication application = IngestApplication.application();
        application.setRegisterShutdownHook(false);
        ConfigurableApplicationContext context = application.run(
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.newsflow.ingest.lifecycle=INFO",
                "--newsflow.ingest.versions-load-timeout=10m",
                "--newsflow.ingest.versions-state-dir=" + stateDir.toAbsolutePath());
        long load = (long) context.getBean(MeterRegistry.class)
                .get("newsflow.ingest.versions.load")
                .timeGauge()
                .value(TimeUnit.MILLISECONDS);
        return new VersionStateRun(context, load);
    }

    VersionTable table() {
        return context.getBean(VersionTable.class);
    }

    /** The heap in use after full collections (G1 collects in full, and before it returns, at each System.gc()). */
    long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        context.close();
    }
}
