package newsflow.dashboard.flow;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsflow.contract.Topics;
import newsflow.dashboard.DashboardProperties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

@Configuration(proxyBeanMethods = false)
class FlowConfiguration {

    @Bean
    FlowMonitor flowMonitor(KafkaProperties kafka, DashboardProperties properties, MeterRegistry registry) {
        List<String> topics = new ArrayList<>(Topics.PIPELINE);
        Topics.CONSUMED.forEach(topic -> topics.add(Topics.deadLetterOf(topic)));
        Map<String, String> inputs = new LinkedHashMap<>();
        Stage.PIPELINE.forEach(stage -> inputs.put(stage.group(), stage.input()));
        Map<String, Object> admin = kafka.buildAdminProperties();
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        // A peek needs one record: fetch the least the broker may send (the first record batch), not a megabyte of
        // each lagging partition at every sample, and keep the peeker's fetch metrics, re-registered at every
        // assignment, out of JMX.
        consumer.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 1);
        consumer.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 1);
        consumer.put(ConsumerConfig.METRIC_REPORTER_CLASSES_CONFIG, "");
        var peeker = new KafkaConsumer<>(consumer, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        var sampler = new OffsetSampler(Admin.create(admin), peeker, topics, inputs);
        return new FlowMonitor(sampler, properties.rateWindow(), Clock.systemUTC(), registry);
    }

    /** Samples at the configured pace while the application runs. */
    @Bean
    SmartLifecycle flowSampling(FlowMonitor monitor, TaskScheduler scheduler, DashboardProperties properties) {
        return new Sampling(monitor, scheduler, properties);
    }

    private static final class Sampling implements SmartLifecycle {

        private final FlowMonitor monitor;
        private final TaskScheduler scheduler;
        private final DashboardProperties properties;
        private java.util.concurrent.ScheduledFuture<?> task;

        Sampling(FlowMonitor monitor, TaskScheduler scheduler, DashboardProperties properties) {
            this.monitor = monitor;
            this.scheduler = scheduler;
            this.properties = properties;
        }

        @Override
        public synchronized void start() {
            task = scheduler.scheduleWithFixedDelay(monitor::sample, properties.sampleInterval());
        }

        @Override
        public synchronized void stop() {
            if (task != null) {
                task.cancel(false);
                task = null;
            }
            monitor.close();
        }

        @Override
        public synchronized boolean isRunning() {
            return task != null;
        }
    }
}
