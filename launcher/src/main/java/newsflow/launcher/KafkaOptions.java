package newsflow.launcher;

import java.nio.file.Path;
import newsflow.launcher.kafka.LocalKafka;
import newsflow.launcher.kafka.Quorum;

/**
 * Options of {@code newsflow.jar kafka}: the local run's single node by default, or one node of a cluster when a
 * controller quorum is given.
 *
 * @param dataDir   the node's data is in {@code DIR/kafka}
 * @param kafkaPort where clients connect; a single node's controller listens on the next port
 * @param host      the name the broker listens on and clients are told to use
 * @param quorum    the controller quorum: this node alone, or a cluster's voters and this node's id among them
 */
record KafkaOptions(Path dataDir, int kafkaPort, String host, Quorum quorum) {

    static KafkaOptions parse(String[] args) {
        Path dataDir = Path.of("data");
        int kafkaPort = LocalKafka.Settings.DEFAULT_BROKER_PORT;
        String host = LocalKafka.Settings.DEFAULT_HOST;
        Integer nodeId = null;
        String voters = null;
        String clusterId = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
                case "--kafka-port" -> kafkaPort = LocalOptions.port(value(args, ++i, "--kafka-port"));
                case "--host" -> host = value(args, ++i, "--host");
                case "--node-id" -> nodeId = number(value(args, ++i, "--node-id"), "--node-id");
                case "--controller-quorum" -> voters = value(args, ++i, "--controller-quorum");
                case "--cluster-id" -> clusterId = value(args, ++i, "--cluster-id");
                case "--demo" -> throw new IllegalArgumentException("--demo needs the services: use local --demo");
                default -> throw new IllegalArgumentException("unknown option for kafka: " + args[i]);
            }
        }
        if (voters == null) {
            if (nodeId != null || clusterId != null) {
                throw new IllegalArgumentException("--node-id and --cluster-id go with --controller-quorum");
            }
            return new KafkaOptions(dataDir, kafkaPort, host, Quorum.single(host, kafkaPort + 1));
        }
        if (nodeId == null) {
            throw new IllegalArgumentException("--controller-quorum needs --node-id, this node's id in the quorum");
        }
        return new KafkaOptions(dataDir, kafkaPort, host, Quorum.parse(nodeId, voters, clusterId));
    }

    /** Where the node keeps its data, which ports it takes and which quorum it joins. */
    LocalKafka.Settings settings() {
        Path directory = dataDir.resolve("kafka");
        return quorum.isCluster()
                ? LocalKafka.Settings.clusterNode(directory, host, kafkaPort, quorum)
                : new LocalKafka.Settings(directory, kafkaPort, quorum.self().port(), host);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int number(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(option + " must be a number, not " + value);
        }
    }
}
