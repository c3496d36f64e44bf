package newsflow.dashboard.redrive;

import java.util.Map;
import newsflow.dashboard.DashboardProperties;
import newsflow.support.security.HashedKeys;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RedriveConfiguration {

    @Bean
    HashedKeys operatorKeys(DashboardProperties properties) {
        return HashedKeys.of(properties.operators().stream()
                .map(operator -> new HashedKeys.Owner(operator.name(), operator.tokenSha256()))
                .toList());
    }

    @Bean(destroyMethod = "close")
    Redrive redrive(KafkaProperties kafka, DashboardProperties properties) {
        Map<String, Object> reading = kafka.buildConsumerProperties();
        reading.remove(ConsumerConfig.GROUP_ID_CONFIG);
        reading.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Object> writing = kafka.buildProducerProperties();
        writing.put(ProducerConfig.ACKS_CONFIG, "all");
        writing.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8_388_608);
        return new Redrive(
                new KafkaConsumer<>(reading, new ByteArrayDeserializer(), new ByteArrayDeserializer()),
                new KafkaProducer<>(writing, new ByteArraySerializer(), new ByteArraySerializer()));
    }
}
