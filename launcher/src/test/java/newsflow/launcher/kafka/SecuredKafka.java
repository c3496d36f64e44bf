package newsflow.launcher.kafka;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import newsflow.testsupport.FreePorts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka in this JVM, secured as the production brokers in {@code docker-compose.yml} are: clients
 * and brokers log in with SCRAM-SHA-512 on the SASL listener {@code BROKER}, the KRaft controller with PLAIN on its
 * own listener (SCRAM credentials live in the metadata the controller serves, so it cannot use them), and
 * StandardAuthorizer refuses everything no ACL allows to anyone but the super users {@code admin} and
 * {@code controller}. The admin's SCRAM credential is written when the storage is formatted, as
 * {@code kafka-storage format --add-scram} does for the production brokers; it runs on free ports in a directory of
 * the caller's. The one difference: here the JAAS logins are the listeners' {@code sasl.jaas.config} settings, where
 * the apache/kafka image needs them in a JAAS file ({@code ops/kafka/broker-start.sh} writes the same logins).
 */
public final class SecuredKafka implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String CONTROLLER = "controller";

    /** The JAAS setting of the broker listener: how the broker logs in to the others, as the admin. */
    public static final String BROKER_JAAS = "listener.name.broker.scram-sha-512.sasl.jaas.config";

    /** The JAAS setting of the controller listener: its one user, and how nodes log in to the controllers. */
    public static final String CONTROLLER_JAAS = "listener.name.controller.plain.sasl.jaas.config";

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final String tlsBootstrapServers;
    private final String adminPassword;

    private SecuredKafka(
            KafkaRaftServer server, String bootstrapServers, String tlsBootstrapServers, String adminPassword) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.tlsBootstrapServers = tlsBootstrapServers;
        this.adminPassword = adminPassword;
    }

    /**
     * The broker settings that secure it, as Kafka's own keys, without the JAAS settings that carry passwords: the
     * same on every broker of {@code docker-compose.yml}.
     */
    public static Map<String, String> securitySettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("listener.security.protocol.map", "BROKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        settings.put("inter.broker.listener.name", "BROKER");
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("listener.name.broker.sasl.enabled.mechanisms", "SCRAM-SHA-512");
        settings.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        settings.put("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512");
        settings.put("sasl.mechanism.controller.protocol", "PLAIN");
        settings.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        settings.put("allow.everyone.if.no.acl.found", "false");
        settings.put("super.users", "User:" + ADMIN + ";User:" + CONTROLLER);
        return settings;
    }

    /** Formats the directory with the admin's credential, starts the broker and returns once the admin gets in. */
    public static SecuredKafka start(Path dataDirectory, String adminPassword, String controllerPassword) {
        return start(dataDirectory, adminPassword, controllerPassword, null);
    }

    /**
     * As {@link #start(Path, String, String)}, with a third listener, {@code SECURE}: SASL_SSL with SCRAM-SHA-512
     * and this certificate, what the {@code kafka-sasl} profile's clients connect to by default.
     */
    public static SecuredKafka startWithTls(
            Path dataDirectory, String adminPassword, String controllerPassword, BrokerCertificate certificate) {
        return start(dataDirectory, adminPassword, controllerPassword, certificate);
    }

    private static SecuredKafka start(
            Path dataDirectory, String adminPassword, String controllerPassword, BrokerCertificate certificate) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        int brokerPort = FreePorts.pair();
        int controllerPort = brokerPort + 1;
        Map<String, String> config =
                config(dataDirectory, brokerPort, controllerPort, adminPassword, controllerPassword);
        String tlsBootstrapServers = null;
        if (certificate != null) {
            int tlsPort = FreePorts.anyExcept(List.of(brokerPort, controllerPort));
            tlsBootstrapServers = "localhost:" + tlsPort;
            config.putAll(tlsListener(config, tlsPort, certificate, adminPassword));
        }
        // kafka-storage format --add-scram, as for production: the admin's credential is in the metadata from the
        // start, since nobody could log in to create it.
        StorageFormat.formatIfMissing(
                dataDirectory,
                config,
                "--add-scram",
                "SCRAM-SHA-512=[name=" + ADMIN + ",password=" + adminPassword + "]");
        var server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        var kafka = new SecuredKafka(server, "localhost:" + brokerPort, tlsBootstrapServers, adminPassword);
        server.startup();
        try {
            await("the admin's first answer from the secured broker")
                    .atMost(STARTUP)
                    .until(kafka::answersAdmin);
            return kafka;
        } catch (RuntimeException ex) {
            kafka.close();
            throw ex;
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The SASL_SSL listener's address; only when started {@link #startWithTls with TLS}. */
    public String tlsBootstrapServers() {
        if (tlsBootstrapServers == null) {
            throw new IllegalStateException("this broker was started without TLS");
        }
        return tlsBootstrapServers;
    }

    /** Admin client settings of the super user {@code admin}. */
    public Map<String, Object> adminClientSettings() {
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.SECURITY_PROTOCOL_CONFIG,
                "SASL_PLAINTEXT",
                "sasl.mechanism",
                "SCRAM-SHA-512",
                "sasl.jaas.config",
                scramLogin(ADMIN, adminPassword));
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private boolean answersAdmin() {
        try (Admin admin = Admin.create(adminClientSettings())) {
            return !admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty();
        } catch (Exception ex) {
            return false;
        }
    }

    private static Map<String, String> config(
            Path dataDirectory, int brokerPort, int controllerPort, String adminPassword, String controllerPassword) {
        var settings = new LocalKafka.Settings(dataDirectory, brokerPort, controllerPort);
        Map<String, String> config = new LinkedHashMap<>(BrokerConfig.of(settings, STARTUP.toMillis()));
        config.put("listeners", "BROKER://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
        config.put("advertised.listeners", "BROKER://localhost:" + brokerPort);
        config.putAll(securitySettings());
        config.put(BROKER_JAAS, scramLogin(ADMIN, adminPassword));
        config.put(
                CONTROLLER_JAAS,
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + CONTROLLER + "\" password=\"" + controllerPassword + "\" user_" + CONTROLLER + "=\""
                        + controllerPassword + "\";");
        return config;
    }

    /** The settings that add the SASL_SSL listener {@code SECURE} to a broker's. */
    private static Map<String, String> tlsListener(
            Map<String, String> config, int port, BrokerCertificate certificate, String adminPassword) {
        Map<String, String> tls = new LinkedHashMap<>();
        tls.put("listeners", config.get("listeners") + ",SECURE://localhost:" + port);
        tls.put("advertised.listeners", config.get("advertised.listeners") + ",SECURE://localhost:" + port);
        tls.put("listener.security.protocol.map", config.get("listener.security.protocol.map") + ",SECURE:SASL_SSL");
        tls.put("listener.name.secure.sasl.enabled.mechanisms", "SCRAM-SHA-512");
        tls.put("listener.name.secure.scram-sha-512.sasl.jaas.config", scramLogin(ADMIN, adminPassword));
        tls.put(
                "listener.name.secure.ssl.keystore.location",
                certificate.keyStore().toString());
        tls.put("listener.name.secure.ssl.keystore.password", certificate.password());
        tls.put("listener.name.secure.ssl.key.password", certificate.password());
        tls.put("listener.name.secure.ssl.keystore.type", "PKCS12");
        return tls;
    }

    private static String scramLogin(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }
}
