package newsflow.examples.subscriber;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code EntityCountApp [BOOTSTRAP_SERVERS]}: runs {@link EntityCountSubscriber} against a pipeline (localhost:9092,
 * the local run's Kafka, by default) and prints the ten most mentioned entities every ten seconds, until Ctrl-C.
 */
public final class EntityCountApp {

    private static final int TOP = 10;

    private EntityCountApp() {}

    public static void main(String[] args) throws InterruptedException {
        String bootstrapServers = args.length > 0 ? args[0] : "localhost:9092";
        var subscriber = new EntityCountSubscriber(bootstrapServers, System.err::println);
        Thread reader = new Thread(subscriber, "entity-counts");
        reader.start();
        Runtime.getRuntime().addShutdownHook(new Thread(subscriber::stop, "entity-counts-stop"));
        while (reader.isAlive()) {
            // A console report every ten seconds: printing is what this program is for, not waiting for Kafka.
            reader.join(TimeUnit.SECONDS.toMillis(10));
            Map<String, Integer> top = subscriber.top(TOP);
            System.out.printf(
                    "%d records read, %d skipped; most mentioned:%n", subscriber.applied(), subscriber.skipped());
            top.forEach((id, count) -> System.out.printf("  %5d  %-40s %s%n", count, id, subscriber.name(id)));
        }
    }
}
