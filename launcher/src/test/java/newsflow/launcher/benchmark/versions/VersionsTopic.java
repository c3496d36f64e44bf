package newsflow.launcher.benchmark.versions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import newsflow.contract.Topics;
import newsflow.support.kafka.PipelineKafkaProperties;
import newsflow.support.kafka.PipelineTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/** {@code articles.versions}, shaped as the services create it, filled with the benchmark's versions. */
final class VersionsTopic {

    private final String bootstrapServers;

    VersionsTopic(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Creates the topic if it is missing; returns how many records it holds. */
    long prepare() throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            Set<String> names = admin.listTopics().names().get();
            if (!names.contains(Topics.ARTICLE_VERSIONS)) {
                var shape = new PipelineKafkaProperties.Topics(12, 1, 1, 8_388_608);
                admin.createTopics(List.of(PipelineTopics.articleVersions(shape)))
                        .all()
                        .get();
            }
            return records(admin);
        }
    }

    int partitions() throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            return describe(admin).partitions().size();
        }
    }

    /** Sends versions {@code from} to {@code to - 1}; returns once all are acknowledged. */
    void fill(long from, long to) throws InterruptedException {
        var failure = new AtomicReference<Exception>();
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "1",
                ProducerConfig.LINGER_MS_CONFIG,
                20,
                ProducerConfig.BATCH_SIZE_CONFIG,
                512 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "lz4",
                ProducerConfig.BUFFER_MEMORY_CONFIG,
                64L * 1024 * 1024,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class))) {
            for (long i = from; i < to && failure.get() == null; i++) {
                producer.send(
                        new ProducerRecord<>(
                                Topics.ARTICLE_VERSIONS, BenchmarkVersions.articleId(i), BenchmarkVersions.json(i)),
                        (metadata, exception) -> {
                            if (exception != null) {
                                failure.compareAndSet(null, exception);
                            }
                        });
                if ((i - from) % 1_000_000 == 999_999) {
                    System.out.printf("  %,d of %,d versions sent%n", i + 1, to);
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("filling " + Topics.ARTICLE_VERSIONS + " failed", failure.get());
        }
    }

    private long records(Admin admin) throws ExecutionException, InterruptedException {
        TopicDescription topic = describe(admin);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        topic.partitions().forEach(partition -> {
            var tp = new TopicPartition(Topics.ARTICLE_VERSIONS, partition.partition());
            latest.put(tp, OffsetSpec.latest());
            earliest.put(tp, OffsetSpec.earliest());
        });
        long end = admin.listOffsets(latest).all().get().values().stream()
                .mapToLong(info -> info.offset())
                .sum();
        long start = admin.listOffsets(earliest).all().get().values().stream()
                .mapToLong(info -> info.offset())
                .sum();
        return end - start;
    }

    private static TopicDescription describe(Admin admin) throws ExecutionException, InterruptedException {
        return admin.describeTopics(List.of(Topics.ARTICLE_VERSIONS))
                .allTopicNames()
                .get()
                .get(Topics.ARTICLE_VERSIONS);
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }
}
