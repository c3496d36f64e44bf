package newsflow.dashboard.redrive;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newsflow.contract.Topics;
import newsflow.dashboard.feed.DeadLetterHeaders;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends dead letters back to the topic they came from, as they were (key, value, headers), without spring-kafka's
 * dead-letter headers and with two of its own saying where from and by whom; each redrive is an audit log line.
 */
final class Redrive {

    private static final Logger audit = LoggerFactory.getLogger("newsflow.audit");
    static final String REDRIVEN_FROM = "newsflow-redriven-from";
    static final String REDRIVEN_BY = "newsflow-redriven-by";
    private static final Duration READ_WAIT = Duration.ofSeconds(5);

    private final Consumer<byte[], byte[]> reader;
    private final Producer<byte[], byte[]> writer;

    Redrive(Consumer<byte[], byte[]> reader, Producer<byte[], byte[]> writer) {
        this.reader = reader;
        this.writer = writer;
    }

    synchronized List<RedriveResult> redrive(List<RecordRef> records, String operator) {
        return records.stream().map(record -> redriveOne(record, operator)).toList();
    }

    private RedriveResult redriveOne(RecordRef ref, String operator) {
        if (Topics.CONSUMED.stream().map(Topics::deadLetterOf).noneMatch(ref.topic()::equals)) {
            return RedriveResult.refused(ref, ref.topic() + " is not a dead-letter topic of the pipeline");
        }
        Optional<ConsumerRecord<byte[], byte[]>> found = read(ref);
        if (found.isEmpty()) {
            return RedriveResult.notFound(ref);
        }
        String target = DeadLetterHeaders.originalTopic(found.get().headers());
        if (target == null || !Topics.CONSUMED.contains(target)) {
            return RedriveResult.refused(ref, "the record does not name a pipeline topic it came from");
        }
        RecordMetadata sent = send(target, found.get(), ref, operator);
        String sentTo = sent.topic() + "-" + sent.partition() + "@" + sent.offset();
        audit.info("AUDIT redrive by operator={} of {} to {}", operator, ref, sentTo);
        return RedriveResult.redriven(ref, sentTo);
    }

    private Optional<ConsumerRecord<byte[], byte[]>> read(RecordRef ref) {
        var partition = new TopicPartition(ref.topic(), ref.partition());
        reader.assign(List.of(partition));
        reader.seek(partition, ref.offset());
        Instant deadline = Instant.now().plus(READ_WAIT);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<byte[], byte[]> record :
                    reader.poll(Duration.ofMillis(200)).records(partition)) {
                return record.offset() == ref.offset() ? Optional.of(record) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private RecordMetadata send(String target, ConsumerRecord<byte[], byte[]> dead, RecordRef ref, String operator) {
        var record = new ProducerRecord<>(target, dead.key(), dead.value());
        for (Header header : dead.headers()) {
            if (!header.key().startsWith(DeadLetterHeaders.PREFIX)) {
                record.headers().add(header);
            }
        }
        record.headers().add(new RecordHeader(REDRIVEN_FROM, ref.toString().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader(REDRIVEN_BY, operator.getBytes(StandardCharsets.UTF_8)));
        try {
            return writer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while redriving " + ref, ex);
        } catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("the broker did not take the redriven " + ref + ": " + ex.getMessage(), ex);
        }
    }

    void close() {
        reader.close();
        writer.close(Duration.ofSeconds(5));
    }
}
