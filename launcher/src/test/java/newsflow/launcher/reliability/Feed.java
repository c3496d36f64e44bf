package newsflow.launcher.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import newsflow.contract.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishers pushing a scenario's stories, half on {@code articles.raw} and half through {@code POST /api/articles},
 * paced in slices so that a fault lands mid-stream. Each publisher behaves as a careful one does: it sends an
 * article's steps in order and sends a step again until it is accepted — an acknowledgement from the broker, or a
 * 202 — waiting as {@code Retry-After} says (at most 2 s, to keep the run short) after a 503 or 429, and half a
 * second after a connection the service refused. Everything else an answer can be is counted as a refusal.
 */
final class Feed implements AutoCloseable {

    private static final Duration MAX_WAIT_BEFORE_RETRY = Duration.ofSeconds(2);
    private static final int HTTP_PUBLISHERS = 4;

    private final List<Story> stories;
    private final List<URI> endpoints;
    private final String apiKey;
    private final KafkaProducer<String, byte[]> producer;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService publishers = Executors.newFixedThreadPool(HTTP_PUBLISHERS);
    private final ExecutorService feeder = Executors.newSingleThreadExecutor();
    private final int slices;
    private final Duration sliceTime;

    final AtomicInteger attempts = new AtomicInteger();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger unavailable = new AtomicInteger();
    final AtomicInteger unavailableWithoutRetryAfter = new AtomicInteger();
    final AtomicInteger rateLimited = new AtomicInteger();
    final AtomicInteger unreachable = new AtomicInteger();
    final Queue<String> refusals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger slicesDone = new AtomicInteger();

    Feed(
            List<Story> stories,
            List<String> ingestUrls,
            String apiKey,
            String bootstrapServers,
            int slices,
            Duration sliceTime) {
        this.stories = List.copyOf(stories);
        this.endpoints = ingestUrls.stream()
                .map(url -> URI.create(url + "/api/articles"))
                .toList();
        this.apiKey = apiKey;
        this.slices = slices;
        this.sliceTime = sliceTime;
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.LINGER_MS_CONFIG, 5,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** Runs the whole feed in the background. */
    CompletableFuture<Void> start() {
        return CompletableFuture.runAsync(this::run, feeder);
    }

    /** Whether this share of the feed (0..1) has been sent and accepted. */
    boolean hasDone(double share) {
        return slicesDone.get() >= Math.ceil(slices * share);
    }

    /** How many raw articles the stories make: every step of every story. */
    int steps() {
        return stories.stream().mapToInt(story -> story.steps().size()).sum();
    }

    private void run() {
        int perSlice = (stories.size() + slices - 1) / slices;
        for (int slice = 0; slice < slices; slice++) {
            long start = System.nanoTime();
            List<Story> part = stories.subList(
                    Math.min(stories.size(), slice * perSlice), Math.min(stories.size(), (slice + 1) * perSlice));
            List<Future<?>> http = new ArrayList<>();
            List<Story> overHttp = part.stream()
                    .filter(story -> story.channel() == Story.Channel.HTTP)
                    .toList();
            for (int i = 0; i < overHttp.size(); i++) {
                // The stories take turns over the ingest instances, as behind a load balancer; each story's
                // versions go to one instance, in order.
                Story story = overHttp.get(i);
                URI endpoint = endpoints.get(i % endpoints.size());
                http.add(publishers.submit(() -> story.steps().forEach(step -> post(endpoint, step))));
            }
            sendOnKafka(part.stream()
                    .filter(story -> story.channel() == Story.Channel.KAFKA)
                    .toList());
            http.forEach(Feed::join);
            slicesDone.incrementAndGet();
            long left = sliceTime.toNanos() - (System.nanoTime() - start);
            if (left > 0 && slice < slices - 1) {
                LockSupport.parkNanos(left); // pacing the publishers, not waiting for the pipeline
            }
        }
    }

    /** Step by step across the stories: every first step acknowledged before any second step is sent. */
    private void sendOnKafka(List<Story> part) {
        for (int step = 0; ; step++) {
            int index = step;
            List<Story> due =
                    part.stream().filter(story -> story.steps().size() > index).toList();
            if (due.isEmpty()) {
                return;
            }
            List<Story> pending = due;
            while (!pending.isEmpty()) {
                List<Future<RecordMetadata>> sends = new ArrayList<>();
                for (Story story : pending) {
                    attempts.incrementAndGet();
                    sends.add(producer.send(new ProducerRecord<>(
                            Topics.RAW,
                            story.source() + ":" + story.id(),
                            story.steps().get(index).getBytes(StandardCharsets.UTF_8))));
                }
                List<Story> failed = new ArrayList<>();
                for (int i = 0; i < sends.size(); i++) {
                    if (acknowledged(sends.get(i))) {
                        accepted.incrementAndGet();
                    } else {
                        failed.add(pending.get(i));
                    }
                }
                pending = failed;
            }
        }
    }

    private static boolean acknowledged(Future<RecordMetadata> send) {
        try {
            send.get();
            return true;
        } catch (ExecutionException ex) {
            return false;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private void post(URI endpoint, String article) {
        var request = HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(article))
                .build();
        while (true) {
            attempts.incrementAndGet();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException ex) {
                unreachable.incrementAndGet();
                pause(Duration.ofMillis(500));
                continue;
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
            switch (response.statusCode()) {
                case 202 -> {
                    accepted.incrementAndGet();
                    return;
                }
                case 503 -> {
                    unavailable.incrementAndGet();
                    if (response.headers().firstValue("Retry-After").isEmpty()) {
                        unavailableWithoutRetryAfter.incrementAndGet();
                    }
                    pause(retryAfter(response));
                }
                case 429 -> {
                    rateLimited.incrementAndGet();
                    pause(retryAfter(response));
                }
                default -> {
                    refusals.add(response.statusCode() + " " + response.body());
                    return;
                }
            }
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        long seconds = response.headers()
                .firstValue("Retry-After")
                .map(Long::parseLong)
                .orElse(1L);
        Duration wait = Duration.ofSeconds(seconds);
        return wait.compareTo(MAX_WAIT_BEFORE_RETRY) > 0 ? MAX_WAIT_BEFORE_RETRY : wait;
    }

    private static void pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos()); // a publisher's back-off before it sends again
    }

    private static void join(Future<?> future) {
        try {
            future.get();
        } catch (ExecutionException ex) {
            throw new IllegalStateException(ex.getCause());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() {
        feeder.shutdownNow();
        publishers.shutdownNow();
        producer.close(Duration.ofSeconds(10));
    }
}
