package newsflow.support.kafka;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

class EventSenderTests {

    @Test
    void reportsARecordAsNotSentWhenNoBrokerAnswersForTheTopic() throws IOException {
        var producers = new DefaultKafkaProducerFactory<String, Object>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                "localhost:" + closedPort(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                300,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class));
        var sender = new EventSender(new KafkaTemplate<>(producers), Duration.ofSeconds(5), new SimpleMeterRegistry());
        try {
            assertThatThrownBy(() -> sender.send("articles.raw", "key", new byte[] {1}))
                    .isInstanceOf(EventSender.EventNotSentException.class)
                    .hasMessageContaining("could not send to articles.raw");
        } finally {
            producers.destroy();
        }
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
