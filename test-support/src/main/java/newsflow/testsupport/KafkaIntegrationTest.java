package newsflow.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class of every test that needs a real Kafka broker: points {@code spring.kafka.bootstrap-servers} at the
 * JVM's {@link TestKafka} broker, and offers a {@link TopicProbe} to write and read its topics.
 */
public abstract class KafkaIntegrationTest {

    protected static final TopicProbe topics = new TopicProbe(TestKafka::bootstrapServers);

    @DynamicPropertySource
    static void kafkaBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
    }

    protected static String bootstrapServers() {
        return TestKafka.bootstrapServers();
    }
}
