package newsflow.launcher.tail;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import newsflow.launcher.cli.TopicReading;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;

/**
 * {@code tail}: follows a pipeline topic, {@code articles.enriched} by default, from now or from the beginning, and
 * prints what {@link TailLines} makes of each record. It reads every partition without a consumer group, so it
 * commits nothing and takes nothing from the pipeline's own consumers. Exit status 0 when it stops (after
 * {@code --max} articles, or Ctrl-C), {@value #UNAVAILABLE} when no broker answers or the topic does not exist.
 */
public final class TailCommand {

    static final int UNAVAILABLE = 69;
    private static final Duration POLL = Duration.ofMillis(500);

    private final TailOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile KafkaConsumer<String, byte[]> consumer;

    TailCommand(TailOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * @throws IllegalArgumentException for bad usage, with a message for the user
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        var tail = new TailCommand(TailOptions.parse(args), out, err);
        var finished = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    tail.stop();
                    try {
                        finished.await();
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                },
                "tail-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return tail.follow();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ex) {
                // the JVM is shutting down: the hook is running
            }
        }
    }

    /** Follows the topic until stopped or {@code --max} articles are printed; returns the exit status. */
    int follow() {
        try (KafkaConsumer<String, byte[]> kafka = TopicReading.consumer(
                options.bootstrapServers(), options.kafkaProperties(), options.timeout(), "newsflow-tail")) {
            consumer = kafka;
            if (stopping.get()) {
                return 0;
            }
            List<TopicPartition> partitions = TopicReading.partitions(kafka, options.topic(), options.timeout());
            if (partitions.isEmpty()) {
                err.println("tail: there is no topic " + options.topic() + " on " + options.bootstrapServers());
                return UNAVAILABLE;
            }
            kafka.assign(partitions);
            if (options.fromBeginning()) {
                kafka.seekToBeginning(partitions);
            } else {
                kafka.seekToEnd(partitions);
            }
            partitions.forEach(kafka::position);
            err.printf(
                    "tail: following %s on %s from %s (Ctrl-C stops)%n",
                    options.topic(), options.bootstrapServers(), options.fromBeginning() ? "the beginning" : "now");
            print(kafka);
            return 0;
        } catch (WakeupException ex) {
            return 0;
        } catch (TimeoutException ex) {
            err.println("tail: no Kafka broker answered at " + options.bootstrapServers() + " within "
                    + options.timeout().toSeconds() + " s");
            return UNAVAILABLE;
        } catch (KafkaException ex) {
            err.println("tail: " + ex.getMessage());
            return UNAVAILABLE;
        } finally {
            consumer = null;
        }
    }

    /** Stops a running {@link #follow()} from another thread. */
    void stop() {
        stopping.set(true);
        KafkaConsumer<String, byte[]> running = consumer;
        if (running != null) {
            running.wakeup();
        }
    }

    private void print(KafkaConsumer<String, byte[]> kafka) {
        var lines = new TailLines(options.topic(), options.filter(), options.json());
        long printed = 0;
        while (!stopping.get()) {
            for (ConsumerRecord<String, byte[]> record : kafka.poll(POLL)) {
                var line = lines.line(record);
                if (line.isPresent()) {
                    out.println(line.get());
                    printed++;
                    if (options.max() > 0 && printed >= options.max()) {
                        out.flush();
                        return;
                    }
                }
            }
            out.flush();
        }
    }
}
