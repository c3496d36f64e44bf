package newsflow.launcher;

import java.nio.file.Path;

/**
 * Options of {@code newsflow.jar local}.
 *
 * @param demo      push the sample articles and print what came out
 * @param dataDir   where Kafka's log and the index live; kept between runs
 * @param kafkaPort the broker's port; the controller listens on the next one
 */
record LocalOptions(boolean demo, Path dataDir, int kafkaPort) {

    static LocalOptions parse(String[] args) {
        boolean demo = false;
        Path dataDir = Path.of("data");
        int kafkaPort = 9092;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
                case "--kafka-port" -> kafkaPort = port(value(args, ++i, "--kafka-port"));
                default -> throw new IllegalArgumentException("unknown option for local: " + args[i]);
            }
        }
        return new LocalOptions(demo, dataDir, kafkaPort);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65534) {
                throw new IllegalArgumentException("--kafka-port must be between 1 and 65534");
            }
            return port;
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("--kafka-port must be a number, not " + value);
        }
    }
}
