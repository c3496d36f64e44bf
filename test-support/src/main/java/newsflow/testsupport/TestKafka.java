package newsflow.testsupport;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The real Kafka broker of a test JVM, started once on first use and stopped when the JVM exits: Testcontainers'
 * Kafka where a Docker engine answers, else spring-kafka-test's in-process KRaft broker. Set the system property
 * {@code newsflow.test.kafka} to {@code embedded} or {@code testcontainers} to choose.
 */
public final class TestKafka {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

    private static final Map<String, String> BROKER_SETTINGS = Map.of(
            "auto.create.topics.enable", "false",
            "message.max.bytes", "8388608",
            "group.initial.rebalance.delay.ms", "0");

    private static Broker broker;

    private TestKafka() {}

    /** The bootstrap servers of the running broker; starts it on first call. */
    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "test-kafka-stop"));
        }
        return broker.bootstrapServers();
    }

    private static Broker start() {
        String choice = System.getProperty("newsflow.test.kafka", "auto");
        boolean docker = switch (choice) {
            case "embedded" -> false;
            case "testcontainers" -> true;
            default -> dockerAvailable();
        };
        return docker ? startContainer() : startEmbedded();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException ex) {
            return false;
        }
    }

    private static Broker startEmbedded() {
        var embedded = new EmbeddedKafkaKraftBroker(1, 3);
        embedded.brokerProperties(BROKER_SETTINGS);
        embedded.afterPropertiesSet();
        return new Broker(embedded.getBrokersAsString(), embedded::destroy);
    }

    private static Broker startContainer() {
        var container = new KafkaContainer(KAFKA_IMAGE);
        BROKER_SETTINGS.forEach(
                (key, value) -> container.withEnv("KAFKA_" + key.toUpperCase().replace('.', '_'), value));
        container.start();
        return new Broker(container.getBootstrapServers(), container::stop);
    }

    private record Broker(String bootstrapServers, Runnable stopper) {
        void stop() {
            stopper.run();
        }
    }
}
