package newsflow.launcher.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import newsflow.launcher.kafka.BrokerCertificate;
import newsflow.launcher.kafka.SecuredKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.acl.AclBindingFilter;

/**
 * A {@link SecuredKafka} broker made ready by the operators' own kafka-setup, as in production: every
 * {@link ServiceAccount} with a fresh random password, the topics, and the {@link AccessPolicy} ACLs. Its clients
 * are built by the {@code kafka-sasl} profile, logged in as any account.
 */
final class SecuredCluster implements AutoCloseable {

    static final Duration CLIENT_WAIT = Duration.ofSeconds(30);

    private final SecuredKafka kafka;
    private final String adminPassword;
    private final Map<ServiceAccount, String> passwords;
    private final BrokerCertificate certificate;
    private final ProfileClients clients;

    private SecuredCluster(
            SecuredKafka kafka,
            String adminPassword,
            Map<ServiceAccount, String> passwords,
            BrokerCertificate certificate) {
        this.kafka = kafka;
        this.adminPassword = adminPassword;
        this.passwords = passwords;
        this.certificate = certificate;
        this.clients = certificate == null
                ? new ProfileClients(kafka.bootstrapServers())
                : new ProfileClients(kafka.tlsBootstrapServers(), trustSettings(certificate));
    }

    static SecuredCluster start(Path directory) {
        return start(directory, null);
    }

    /**
     * With a SASL_SSL listener whose certificate the clients trust; every client of the cluster, kafka-setup's
     * included, connects to it as the {@code kafka-sasl} profile does by default, over TLS.
     */
    static SecuredCluster startWithTls(Path directory) {
        return start(directory, BrokerCertificate.create(directory.resolve("tls"), newPassword()));
    }

    /** The Spring Boot settings that make a service of the profile trust the cluster's certificate. */
    static Map<String, String> trustSettings(BrokerCertificate certificate) {
        return Map.of(
                "spring.kafka.ssl.trust-store-location",
                        certificate.trustStore().toUri().toString(),
                "spring.kafka.ssl.trust-store-password", certificate.password(),
                "spring.kafka.ssl.trust-store-type", "PKCS12");
    }

    private static SecuredCluster start(Path directory, BrokerCertificate certificate) {
        String adminPassword = newPassword();
        Map<ServiceAccount, String> passwords = new EnumMap<>(ServiceAccount.class);
        for (ServiceAccount account : ServiceAccount.values()) {
            passwords.put(account, newPassword());
        }
        Path data = directory.resolve("data");
        SecuredKafka kafka = certificate == null
                ? SecuredKafka.start(data, adminPassword, newPassword())
                : SecuredKafka.startWithTls(data, adminPassword, newPassword(), certificate);
        var cluster = new SecuredCluster(kafka, adminPassword, passwords, certificate);
        try {
            KafkaSetupApplication.application().run(cluster.setupArguments()).close();
            cluster.awaitTheBrokerKnowsEveryAccountAndGrant();
            return cluster;
        } catch (RuntimeException ex) {
            cluster.close();
            throw ex;
        }
    }

    /** Where the services connect: the TLS listener when there is one. */
    String bootstrapServers() {
        return certificate == null ? kafka.bootstrapServers() : kafka.tlsBootstrapServers();
    }

    Map<ServiceAccount, String> passwords() {
        return passwords;
    }

    /** Every password of the cluster: the accounts' and the admin's. */
    List<String> secrets() {
        List<String> secrets = new ArrayList<>(passwords.values());
        secrets.add(adminPassword);
        return secrets;
    }

    KafkaProducer<String, String> producer(ServiceAccount account) {
        return clients.producer(account.user(), passwords.get(account));
    }

    KafkaProducer<String, String> producerWithPassword(ServiceAccount account, String password) {
        return clients.producer(account.user(), password);
    }

    /** A producer logged in as the super user admin, which may write anything. */
    KafkaProducer<String, String> adminProducer() {
        return clients.producer(SecuredKafka.ADMIN, adminPassword);
    }

    /** A consumer in {@code group}, or with no group when it is null. */
    KafkaConsumer<String, String> consumer(ServiceAccount account, String group) {
        return clients.consumer(account.user(), passwords.get(account), group);
    }

    Admin admin(ServiceAccount account) {
        return clients.admin(account.user(), passwords.get(account));
    }

    @Override
    public void close() {
        kafka.close();
    }

    private String[] setupArguments() {
        List<String> args = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + bootstrapServers(),
                "--newsflow.kafka.username=" + SecuredKafka.ADMIN,
                "--newsflow.kafka.password=" + adminPassword));
        if (certificate == null) {
            args.add("--spring.kafka.security.protocol=SASL_PLAINTEXT");
        } else {
            trustSettings(certificate).forEach((name, value) -> args.add("--" + name + "=" + value));
        }
        passwords.forEach(
                (account, password) -> args.add("--newsflow.setup.passwords." + account.key() + "=" + password));
        return args.toArray(String[]::new);
    }

    /** Credentials and ACLs reach the broker a moment after the controller took them; wait for that moment. */
    private void awaitTheBrokerKnowsEveryAccountAndGrant() {
        Set<String> users = new HashSet<>();
        passwords.keySet().forEach(account -> users.add(account.user()));
        try (Admin admin = Admin.create(kafka.adminClientSettings())) {
            await("every account and grant on the broker").atMost(CLIENT_WAIT).untilAsserted(() -> {
                assertThat(admin.describeUserScramCredentials().users().get(10, TimeUnit.SECONDS))
                        .containsAll(users);
                assertThat(admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS))
                        .containsExactlyInAnyOrderElementsOf(AccessPolicy.bindings());
            });
        }
    }

    /** A password as docker-compose.yml advises making them: random hex. */
    static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
