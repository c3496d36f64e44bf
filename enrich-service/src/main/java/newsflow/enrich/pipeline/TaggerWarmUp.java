package newsflow.enrich.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.contract.ArticleIngested;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * Tags a bundled English article ({@value #ARTICLE}) over and over when the service starts, on as many threads as
 * the listener of {@code articles.ingested} has, for {@code newsflow.enrich.warm-up}: the JIT compiles the tagger's
 * hot code on it, so that the first real articles are not tagged at a fraction of the speed. It runs before the
 * listener starts, so the service is ready (and takes articles) only once it is done. Off ({@code 0s}) by default; the
 * {@code local} command and the container images turn it on.
 */
final class TaggerWarmUp implements SmartLifecycle {

    static final String ARTICLE = "newsflow/enrich/warm-up.txt";

    private static final Logger log = LoggerFactory.getLogger(TaggerWarmUp.class);

    private final ArticleEnrichment enrichment;
    private final Duration duration;
    private final int threads;
    private volatile boolean running;
    private volatile int tagged;

    TaggerWarmUp(ArticleEnrichment enrichment, Duration duration, int threads) {
        this.enrichment = enrichment;
        this.duration = duration;
        this.threads = threads;
    }

    @Override
    public void start() {
        if (!duration.isZero() && !duration.isNegative()) {
            warmUp(article());
        }
        running = true;
    }

    private void warmUp(ArticleIngested article) {
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        var count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            var thread = new Thread(task, "enrich-warm-up");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 0; i < threads; i++) {
                pool.execute(() -> {
                    while (System.nanoTime() < deadline
                            && !Thread.currentThread().isInterrupted()) {
                        enrichment.enrich(article);
                        count.incrementAndGet();
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(duration.toMillis() + 30_000, TimeUnit.MILLISECONDS)) {
                log.warn("The tagger's warm-up did not end in time; starting without it");
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException ex) {
            log.warn("The tagger's warm-up failed; starting without it", ex);
        } finally {
            pool.shutdownNow();
        }
        tagged = count.get();
        log.info(
                "Warmed the tagger up: {} articles tagged in {} ms on {} threads before the first of articles.ingested",
                tagged,
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                threads);
    }

    /** How many times the warm-up tagged its article. */
    int tagged() {
        return tagged;
    }

    static ArticleIngested article() {
        List<String> lines = new ArrayList<>();
        try (InputStream in = TaggerWarmUp.class.getClassLoader().getResourceAsStream(ARTICLE)) {
            if (in == null) {
                throw new IllegalStateException(ARTICLE + " is missing from the classpath");
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(lines::add);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<Zone> zones = new ArrayList<>();
        zones.add(new Zone(ZoneName.HEADLINE, lines.get(0)));
        zones.add(new Zone(ZoneName.STANDFIRST, lines.get(1)));
        zones.add(new Zone(ZoneName.BODY, String.join("\n\n", lines.subList(2, lines.size()))));
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        return new ArticleIngested(
                "warm-up",
                1,
                "newsflow",
                "warm-up",
                null,
                null,
                lines.get(0),
                at,
                "en",
                "0".repeat(64),
                null,
                zones,
                at);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener containers, which start in {@link AbstractMessageListenerContainer#DEFAULT_PHASE}. */
    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE - 1000;
    }
}
