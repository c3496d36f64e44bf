package newsflow.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The common course of a fault scenario: generated stories are fed over HTTP and Kafka, the fault is injected once
 * 40% of them are accepted and ended, the feed finishes, and the store is read until every accepted article is there
 * once at its newest version (and every retracted one gone). Each scenario writes its row of the report.
 */
final class Scenarios {

    static final int SLICES = 20;
    static final Duration SLICE_TIME = Duration.ofMillis(1_000);
    static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(6);

    private final ReliabilityReport report;
    private final int articles;

    Scenarios(ReliabilityReport report, int articles) {
        this.report = report;
        this.articles = articles;
    }

    /** Where a scenario's articles go and where they are looked for. */
    /**
     * @param ingestUrls the ingest instances HTTP publishers post to, taking turns
     */
    record Target(
            List<String> ingestUrls, String apiKey, String httpSource, String bootstrapServers, String indexUrl) {}

    Outcome run(String scenario, String fault, Target target, Fault inject, IntSupplier deadLetters) {
        List<Story> stories = Story.generate(scenario, articles, target.httpSource(), scenario + "-kafka");
        var check = new StoreCheck(target.indexUrl());
        try (var feed = new Feed(
                stories, target.ingestUrls(), target.apiKey(), target.bootstrapServers(), SLICES, SLICE_TIME)) {
            var feeding = feed.start();
            await(scenario + ": 40% of the feed accepted")
                    .atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> feed.hasDone(0.4));
            Instant faultEnded = inject.injectAndEnd();
            feeding.get(10, TimeUnit.MINUTES);
            AtomicReference<StoreCheck.Verdict> last = new AtomicReference<>();
            Duration recovery = null;
            try {
                await(scenario + ": every accepted article in the store")
                        .atMost(RECOVERY_TIMEOUT)
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> {
                            check.check(stories).ifPresent(last::set);
                            return last.get() != null && last.get().complete();
                        });
                recovery = Duration.between(faultEnded, Instant.now());
            } catch (ConditionTimeoutException ex) {
                report.note(scenario + " did not converge: " + last.get());
            }
            StoreCheck.Verdict verdict = last.get();
            var row = new ReliabilityRow(
                    fault,
                    stories.size(),
                    feed.steps(),
                    feed.accepted.get(),
                    feed.unavailable.get() + feed.unreachable.get() + feed.rateLimited.get(),
                    verdict.expected(),
                    verdict.indexed(),
                    deadLetters.getAsInt(),
                    verdict.lost(),
                    verdict.duplicated(),
                    recovery);
            report.add(row);
            return new Outcome(row, feed, List.copyOf(feed.refusals), verdict);
        } catch (Exception ex) {
            throw new IllegalStateException(scenario + " failed: " + ex, ex);
        }
    }

    /** The HTTP publisher of a scenario: its source. */
    static String httpSource(String scenario) {
        return scenario + "-http";
    }

    /** The HTTP publisher of a scenario: its API key. */
    static String key(String scenario) {
        return scenario + "-key";
    }

    /** Settings of ingest's HTTP publishers, one per scenario, such as {@code newsflow.ingest.publishers[0].source=a}. */
    static List<String> publisherSettings(List<String> scenarios) {
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            settings.add("newsflow.ingest.publishers[%d].source=%s".formatted(i, httpSource(scenarios.get(i))));
            settings.add("newsflow.ingest.publishers[%d].key-sha256=%s".formatted(i, sha256(key(scenarios.get(i)))));
        }
        return settings;
    }

    /** Keeps a fault in place for this long: the outage itself, not a wait for the pipeline. */
    static void hold(Duration duration) {
        if (!duration.isNegative()) {
            LockSupport.parkNanos(duration.toNanos());
        }
    }

    /** Deletes a folder and everything in it, if it exists. */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static void assertNothingLostOrDuplicated(Outcome outcome) {
        assertThat(outcome.refusals()).as("refused sends").isEmpty();
        assertThat(outcome.row().accepted())
                .as("every raw article accepted in the end")
                .isEqualTo(outcome.row().sent());
        assertThat(outcome.verdict().examples()).as("lost or duplicated").isEmpty();
        assertThat(outcome.row().lost()).isZero();
        assertThat(outcome.row().duplicated()).isZero();
        assertThat(outcome.row().indexed()).isEqualTo(outcome.row().expected());
        assertThat(outcome.row().recovery()).isNotNull();
    }

    /** Injects a fault, ends it, and says when it ended. */
    @FunctionalInterface
    interface Fault {
        Instant injectAndEnd() throws Exception;
    }

    record Outcome(ReliabilityRow row, Feed feed, List<String> refusals, StoreCheck.Verdict verdict) {}
}
