package newsflow.launcher.kafka;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import kafka.server.BrokerServer;
import kafka.server.KafkaRaftServer;
import scala.Option;

/**
 * Stops every node of one cluster the way Kafka's own test kit ({@code KafkaClusterTestKit.close}) does: first the
 * brokers of all nodes, at once, while every controller is still up to approve their controlled shutdowns; then the
 * nodes themselves. Stopping whole nodes, one after another or at once, lets the controllers of the first ones go
 * before the last broker's controlled shutdown is approved, and that broker then waits Kafka's five minutes for a
 * quorum that is gone (a CI run of f2ee061 timed out so).
 *
 * <p>{@link KafkaRaftServer} keeps its broker private, so it is read by reflection: a test-only reach into Kafka's
 * internals, which a Kafka upgrade that renames it turns into a clear failure here, not a hang.
 */
final class ClusterStop {

    private ClusterStop() {}

    static void stopAll(List<LocalKafka> nodes) {
        List<CompletableFuture<Void>> brokers = new ArrayList<>();
        for (LocalKafka node : nodes) {
            BrokerServer broker = brokerOf(node.server());
            brokers.add(CompletableFuture.runAsync(broker::shutdown));
        }
        CompletableFuture.allOf(brokers.toArray(CompletableFuture[]::new)).join();
        List<CompletableFuture<Void>> rest = new ArrayList<>();
        for (LocalKafka node : nodes) {
            rest.add(CompletableFuture.runAsync(node::close));
        }
        CompletableFuture.allOf(rest.toArray(CompletableFuture[]::new)).join();
    }

    private static BrokerServer brokerOf(KafkaRaftServer server) {
        try {
            Method broker = KafkaRaftServer.class.getDeclaredMethod("broker");
            broker.setAccessible(true);
            Option<?> found = (Option<?>) broker.invoke(server);
            return (BrokerServer) found.get();
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("Kafka's KafkaRaftServer no longer has a broker() to stop first", ex);
        }
    }
}
