package newsflow.launcher.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every setting of the local broker, in one place. It is one Kafka node that is both broker and controller (KRaft
 * combined mode, no ZooKeeper), so everything that defaults to three replicas is set to one, and the few settings the
 * pipeline relies on match the ones its tests run against.
 */
final class BrokerConfig {

    static final int NODE_ID = 1;
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
        singleReplica(config);
        pipeline(config);
        config.put(
                "log.dirs",
                settings.dataDirectory().toAbsolutePath().normalize().toString());
        config.put("server.max.startup.time.ms", Long.toString(startupTimeoutMs));
        return config;
    }

    /** One node that is its own controller quorum: a single static voter, itself. */
    private static void node(Map<String, String> config, LocalKafka.Settings settings) {
        config.put("process.roles", "broker,controller");
        config.put("node.id", Integer.toString(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@" + settings.host() + ":" + settings.controllerPort());
    }

    /** Clients connect to the broker port; the controller port is only used inside this node. */
    private static void listeners(Map<String, String> config, LocalKafka.Settings settings) {
        String broker = BROKER_LISTENER + "://" + settings.host() + ":" + settings.brokerPort();
        String controller = CONTROLLER_LISTENER + "://" + settings.host() + ":" + settings.controllerPort();
        config.put("listeners", broker + "," + controller);
        config.put("advertised.listeners", broker);
        config.put(
                "listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        config.put("inter.broker.listener.name", BROKER_LISTENER);
    }

    /** Kafka's internal topics default to three replicas, which one node can never provide. */
    private static void singleReplica(Map<String, String> config) {
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("default.replication.factor", "1");
        config.put("min.insync.replicas", "1");
    }

    /** What the pipeline expects of any broker: topics made on purpose, big records, no wait for consumers. */
    private static void pipeline(Map<String, String> config) {
        config.put("auto.create.topics.enable", "false");
        config.put("message.max.bytes", Integer.toString(MAX_MESSAGE_BYTES));
        config.put("group.initial.rebalance.delay.ms", "0");
    }
}
