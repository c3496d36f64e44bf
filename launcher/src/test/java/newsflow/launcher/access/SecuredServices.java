package newsflow.launcher.access;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import newsflow.dashboard.DashboardApplication;
import newsflow.enrich.EnrichApplication;
import newsflow.index.IndexApplication;
import newsflow.ingest.IngestApplication;
import newsflow.support.kafka.PipelineKafkaProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The three services and the dashboard in this JVM under the {@code kafka-sasl} profile, each logged in to the
 * secured broker as its own {@link ServiceAccount}, on free ports. Closing stops them in reverse order.
 */
final class SecuredServices implements AutoCloseable {

    private final List<ConfigurableApplicationContext> services = new ArrayList<>();

    private SecuredServices() {
    }

    /**
     * @param publisherKeySha256 the SHA-256 of the API key of the one publisher, {@code demo}
     */
    static SecuredServices start(String bootstrapServers, Map<ServiceAccount, String> passwords, Path indexDir,
            String publisherKeySha256) {
        var started = new SecuredServices();
        try {
            started.start(IngestApplication::application, ServiceAccount.INGEST, bootstrapServers, passwords,
                    "--newsflow.ingest.publishers[0].source=demo",
                    "--newsflow.ingest.publishers[0].key-sha256=" + publisherKeySha256);
            started.start(EnrichApplication::application, ServiceAccount.ENRICH, bootstrapServers, passwords);
            started.start(IndexApplication::application, ServiceAccount.INDEX, bootstrapServers, passwords,
                    "--newsflow.index.lucene.path=" + indexDir.toAbsolutePath());
            started.start(DashboardApplication::application, ServiceAccount.DASHBOARD, bootstrapServers, passwords,
                    "--newsflow.dashboard.index-url=http://localhost:" + started.port(2),
                    "--newsflow.dashboard.sample-interval=500ms");
            return started;
        }
        catch (RuntimeException ex) {
            started.close();
            throw ex;
        }
    }

    int ingestPort() {
        return port(0);
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

    private void start(Supplier<SpringApplication> factory, ServiceAccount account, String bootstrapServers,
            Map<ServiceAccount, String> passwords, String... serviceArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=" + PipelineKafkaProperties.SASL_PROFILE,
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--spring.kafka.security.protocol=SASL_PLAINTEXT",
                "--newsflow.kafka.username=" + account.user(),
                "--newsflow.kafka.password=" + passwords.get(account),
                "--server.port=0",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(serviceArgs));
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
