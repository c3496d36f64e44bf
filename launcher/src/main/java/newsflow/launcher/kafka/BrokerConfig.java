package newsflow.launcher.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every setting of a newsflow Kafka node, in one place. Each node is both broker and controller (KRaft combined mode,
 * no ZooKeeper). The local run is one such node, so everything that defaults to three replicas is set to one; a
 * cluster of three keeps three copies of everything and acknowledges a write once two have it. The few settings the
 * pipeline relies on match the ones its tests run against.
 */
final class BrokerConfig {

    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    /** The largest record the pipeline writes (an article with its full text and entities): 8 MiB. */
    static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    private BrokerConfig() {}

    /** The broker's settings, as Kafka's own {@code server.properties} keys and values. */
    static Map<String, String> of(LocalKafka.Settings settings, long startupTimeoutMs) {
        Map<String, String> config = new LinkedHashMap<>();
        node(config, settings);
        listeners(config, settings);
        replication(config, settings.quorum());
        pipeline(config);
        config.put(
                "log.dirs",
                settings.dataDirectory().toAbsolutePath().normalize().toString());
        config.put("server.max.startup.time.ms", Long.toString(startupTimeoutMs));
        return config;
    }

    /** A node of a static controller quorum: itself alone, or one of a cluster's voters. */
    private static void node(Map<String, String> config, LocalKafka.Settings settings) {
        config.put("process.roles", "broker,controller");
        config.put("node.id", Integer.toString(settings.quorum().nodeId()));
        config.put("controller.quorum.voters", settings.quorum().votersConfig());
    }

    /** Clients connect to the broker port; the controller port is only used inside this node. */
    private static void listeners(Map<String, String> config, LocalKafka.Settings settings) {
        String broker = BROKER_LISTENER + "://" + settings.host() + ":" + settings.brokerPort();
        String controller =
                CONTROLLER_LISTENER + "://" + settings.quorum().self().host() + ":" + settings.controllerPort();
        config.put("listeners", broker + "," + controller);
        config.put("advertised.listeners", broker);
        config.put(
                "listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        config.put("inter.broker.listener.name", BROKER_LISTENER);
    }

    /**
     * Kafka's internal topics default to three replicas, which one node can never provide; a cluster keeps three (or
     * one per node) and needs a majority of them in sync to acknowledge a write. A replica that fell behind never
     * becomes leader: that would lose acknowledged records.
     */
    private static void replication(Map<String, String> config, Quorum quorum) {
        String replicas = Integer.toString(quorum.replicationFactor());
        String minInsync = Integer.toString(quorum.minInsyncReplicas());
        config.put("offsets.topic.replication.factor", replicas);
        config.put("transaction.state.log.replication.factor", replicas);
        config.put("transaction.state.log.min.isr", minInsync);
        config.put("share.coordinator.state.topic.replication.factor", replicas);
        config.put("share.coordinator.state.topic.min.isr", minInsync);
        config.put("default.replication.factor", replicas);
        config.put("min.insync.replicas", minInsync);
        config.put("unclean.leader.election.enable", "false");
    }

    /** What the pipeline expects of any broker: topics made on purpose, big records, no wait for consumers. */
    private static void pipeline(Map<String, String> config) {
        config.put("auto.create.topics.enable", "false");
        config.put("message.max.bytes", Integer.toString(MAX_MESSAGE_BYTES));
        config.put("group.initial.rebalance.delay.ms", "0");
    }
}
