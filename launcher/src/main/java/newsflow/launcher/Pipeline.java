package newsflow.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import newsflow.dashboard.DashboardApplication;
import newsflow.enrich.EnrichApplication;
import newsflow.index.IndexApplication;
import newsflow.ingest.IngestApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The three services and the dashboard in this JVM, each its own Spring application context with its own port,
 * around a running Kafka: ingest (with the demo publisher, source {@code demo}, key {@code demo-key}), enrich, index
 * with its Lucene index in the given folder, and the dashboard (with the operator {@code ops}, token
 * {@code ops-key}). Each serves HTTP on {@value #LOCAL_ADDRESS} only, as the local Kafka listens on localhost: a
 * laptop on a shared network exposes neither the query API nor the dashboard. (Production, {@code newsflow.jar
 * service ...}, binds as configured.) Closing stops them in reverse order.
 */
final class Pipeline implements AutoCloseable {

    /** SHA-256 of {@code demo-key}, the demo publisher's API key; configured only here, never by default. */
    static final String DEMO_KEY_SHA256 = "c48a01f49fd0f2cc404bc3cbbc80e91457a3d41bb429a695243de4c61794155c";

    /** SHA-256 of {@code ops-key}, the local operator's dashboard token; configured only here. */
    static final String OPS_KEY_SHA256 = "2c69bc9111c27110a9b9a7974ba3f8ac0c053c16b23a0738115ee829fbc4d57b";

    /** The only address the services' HTTP servers listen on. */
    static final String LOCAL_ADDRESS = "127.0.0.1";

    /** The services' HTTP ports; 0 picks free ones. */
    record Ports(int ingest, int enrich, int index, int dashboard) {
        static final Ports STANDARD = new Ports(8081, 8082, 8083, 8084);
        static final Ports ANY_FREE = new Ports(0, 0, 0, 0);
    }

    private final List<ConfigurableApplicationContext> services = new ArrayList<>();

    private Pipeline() {}

    static Pipeline start(String bootstrapServers, Path indexDir, Ports ports, String... extraArgs) {
        return start(bootstrapServers, indexDir, ports, service -> List.of(extraArgs));
    }

    /**
     * @param extraArgs the further arguments of each service, by its name: {@code ingest}, {@code enrich},
     *                  {@code index}, {@code dashboard}
     */
    static Pipeline start(
            String bootstrapServers, Path indexDir, Ports ports, Function<String, List<String>> extraArgs) {
        var pipeline = new Pipeline();
        try {
            pipeline.startService(
                    "ingest",
                    IngestApplication::application,
                    bootstrapServers,
                    ports.ingest(),
                    extraArgs,
                    "--newsflow.ingest.publishers[0].source=demo",
                    "--newsflow.ingest.publishers[0].key-sha256=" + DEMO_KEY_SHA256);
            pipeline.startService(
                    "enrich", EnrichApplication::application, bootstrapServers, ports.enrich(), extraArgs);
            pipeline.startService(
                    "index",
                    IndexApplication::application,
                    bootstrapServers,
                    ports.index(),
                    extraArgs,
                    "--newsflow.index.lucene.path=" + indexDir.toAbsolutePath());
            pipeline.startService(
                    "dashboard",
                    DashboardApplication::application,
                    bootstrapServers,
                    ports.dashboard(),
                    extraArgs,
                    "--newsflow.dashboard.index-url=http://localhost:" + pipeline.indexPort(),
                    "--newsflow.dashboard.operators[0].name=ops",
                    "--newsflow.dashboard.operators[0].token-sha256=" + OPS_KEY_SHA256);
            return pipeline;
        } catch (RuntimeException ex) {
            pipeline.close();
            throw ex;
        }
    }

    int ingestPort() {
        return port(0);
    }

    int enrichPort() {
        return port(1);
    }

    int indexPort() {
        return port(2);
    }

    int dashboardPort() {
        return port(3);
    }

    private int port(int service) {
        return services.get(service).getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private void startService(
            String name,
            Supplier<SpringApplication> factory,
            String bootstrapServers,
            int port,
            Function<String, List<String>> extraArgs,
            String... serviceArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--server.address=" + LOCAL_ADDRESS,
                "--server.port=" + port,
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(serviceArgs));
        args.addAll(extraArgs.apply(name));
        SpringApplication application = factory.get();
        application.setRegisterShutdownHook(false);
        services.add(application.run(args.toArray(String[]::new)));
    }

    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        services.clear();
    }
}
