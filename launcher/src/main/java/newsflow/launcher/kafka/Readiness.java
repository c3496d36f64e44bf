package newsflow.launcher.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Node;

/**
 * Waits until the broker answers a client the way the pipeline's services will reach it: through its advertised
 * listener, with an admin request. Kafka's own start-up returning is not enough proof, as the services connect from
 * outside and would otherwise race the listener.
 */
final class Readiness {

    /** How long one admin request may wait for a reply before the client retries it. */
    private static final int REQUEST_TIMEOUT_MS = 5_000;

    private Readiness() {}

    /**
     * Asks the broker to describe its cluster, retrying (inside the admin client) until it answers or the timeout
     * passes.
     *
     * @return the cluster id the broker reports
     * @throws LocalKafkaException when it did not answer in time, or answered without itself in the cluster
     */
    static String awaitClusterId(String bootstrapServers, Duration timeout) {
        int timeoutMs = Math.toIntExact(timeout.toMillis());
        try (Admin admin = Admin.create(adminSettings(bootstrapServers, timeoutMs))) {
            DescribeClusterResult cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs));
            Collection<Node> nodes = cluster.nodes().get(timeoutMs + REQUEST_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            if (nodes.isEmpty()) {
                throw new LocalKafkaException("Kafka on " + bootstrapServers + " answered but lists no broker");
            }
            return cluster.clusterId().get(REQUEST_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException ex) {
            throw new LocalKafkaException(
                    "Kafka did not answer on " + bootstrapServers + " within " + timeout.toSeconds() + " s: "
                            + rootMessage(ex),
                    ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new LocalKafkaException("Interrupted while waiting for Kafka on " + bootstrapServers, ex);
        }
    }

    private static Map<String, Object> adminSettings(String bootstrapServers, int timeoutMs) {
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "newsflow-local-kafka-readiness",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                Math.min(REQUEST_TIMEOUT_MS, timeoutMs),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                timeoutMs);
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
