package newsflow.support.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * The metrics every service shares: each meter is tagged with the service ({@code application}), and every record
 * a listener receives is counted as {@code newsflow.records.in} by topic, whether it listens record by record or in
 * batches. Records out are counted where they are sent ({@code EventSender}). Health is published as metrics too
 * ({@link HealthMetrics}), for the alert rules.
 */
@AutoConfiguration
public class PipelineMetricsAutoConfiguration {

    @Bean
    MeterRegistryCustomizer<MeterRegistry> newsflowApplicationTag(Environment environment) {
        String application = environment.getProperty("spring.application.name", "newsflow");
        return registry -> registry.config().commonTags("application", application);
    }

    @Bean
    RecordInterceptor<Object, Object> newsflowRecordsIn(ObjectProvider<MeterRegistry> registries) {
        MeterRegistry registry = registries.getIfAvailable(SimpleMeterRegistry::new);
        return new RecordInterceptor<>() {
            @Override
            public ConsumerRecord<Object, Object> intercept(
                    ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
                RecordsIn.count(registry, record.topic(), 1);
                return record;
            }
        };
    }

    @Bean
    BatchInterceptor<Object, Object> newsflowBatchRecordsIn(ObjectProvider<MeterRegistry> registries) {
        MeterRegistry registry = registries.getIfAvailable(SimpleMeterRegistry::new);
        return new BatchInterceptor<>() {
            @Override
            public ConsumerRecords<Object, Object> intercept(
                    ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
                records.partitions()
                        .forEach(partition -> RecordsIn.count(
                                registry,
                                partition.topic(),
                                records.records(partition).size()));
                return records;
            }
        };
    }

    /** {@code newsflow.health} and {@code newsflow.ready}, where the service has a health endpoint. */
    @Bean
    MeterBinder newsflowHealthMetrics(
            ObjectProvider<HealthEndpoint> endpoint,
            ObjectProvider<HealthContributorRegistry> contributors,
            ObjectProvider<HealthEndpointGroups> groups) {
        return registry -> {
            HealthEndpoint health = endpoint.getIfAvailable();
            if (health != null) {
                new HealthMetrics(health, contributors.getObject(), groups.getObject()).bindTo(registry);
            }
        };
    }

    /** {@code newsflow.records.in}: records a listener received, by topic. */
    static final class RecordsIn {

        private RecordsIn() {}

        static void count(MeterRegistry registry, String topic, int records) {
            registry.counter("newsflow.records.in", "topic", topic).increment(records);
        }
    }
}
