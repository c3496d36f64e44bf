package newsflow.launcher.access;

import static newsflow.launcher.access.SecuredCluster.CLIENT_WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import newsflow.contract.ConsumerGroups;
import newsflow.contract.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code kafka-sasl} profile's default, SASL_SSL, against a real broker with a TLS listener: kafka-setup and the
 * services' accounts log in over TLS with nothing but the trust store of the cluster's certificate given
 * ({@code SPRING_KAFKA_SSL_TRUST_STORE_LOCATION}), and a client that does not trust the certificate gets nowhere.
 */
class KafkaTlsTests {

    @TempDir
    static Path directory;

    private static SecuredCluster cluster;

    @BeforeAll
    static void startABrokerWithTlsSetUpByKafkaSetupOverTls() {
        cluster = SecuredCluster.startWithTls(directory);
    }

    @AfterAll
    static void stopTheBroker() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void carriesARecordFromOneServiceToTheNextOverTlsEachLoggedInAsItsOwnUser() throws Exception {
        String key = "tls-" + UUID.randomUUID();
        try (var producer = cluster.producer(ServiceAccount.INGEST)) {
            producer.send(new ProducerRecord<>(Topics.INGESTED, key, "{\"over\":\"tls\"}"))
                    .get(30, TimeUnit.SECONDS);
        }

        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (var consumer = cluster.consumer(ServiceAccount.ENRICH, ConsumerGroups.ENRICH)) {
            consumer.subscribe(List.of(Topics.INGESTED));
            await("the record, read over TLS")
                    .atMost(CLIENT_WAIT)
                    .pollInterval(Duration.ZERO)
                    .until(() -> {
                        consumer.poll(Duration.ofMillis(500)).forEach(read::add);
                        return read.stream().anyMatch(record -> key.equals(record.key()));
                    });
        }
        assertThat(read)
                .filteredOn(record -> key.equals(record.key()))
                .singleElement()
                .extracting(ConsumerRecord::value)
                .isEqualTo("{\"over\":\"tls\"}");
    }

    @Test
    void refusesAClientThatDoesNotTrustTheClustersCertificate() {
        var untrusting = new ProfileClients(cluster.bootstrapServers(), Map.of());

        try (Admin admin = untrusting.admin(
                ServiceAccount.INGEST.user(), cluster.passwords().get(ServiceAccount.INGEST))) {
            assertThatThrownBy(() -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SslAuthenticationException.class);
        }
    }
}
