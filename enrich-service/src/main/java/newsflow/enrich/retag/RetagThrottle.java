package newsflow.enrich.retag;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newsflow.enrich.pipeline.NewArticles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Gives new articles the tagger first: every {@value #CHECK_MILLIS} ms it pauses the re-tag listener while
 * {@link NewArticles#waiting()}, and resumes it once none have waited for {@link Gate#QUIET_CHECKS} checks in a row.
 * A paused container keeps polling (nothing is fetched) so its group membership holds; the request in hand when it is
 * paused is finished first, so a new article waits at most for one re-tag.
 */
@Component
class RetagThrottle implements SmartLifecycle {

    static final long CHECK_MILLIS = 100;

    private static final Logger log = LoggerFactory.getLogger(RetagThrottle.class);

    private final NewArticles newArticles;
    private final KafkaListenerEndpointRegistry listeners;
    private final Gate gate = new Gate();
    private ScheduledExecutorService checks;

    RetagThrottle(NewArticles newArticles, KafkaListenerEndpointRegistry listeners) {
        this.newArticles = newArticles;
        this.listeners = listeners;
    }

    /**
     * The decision alone: pause at once when new articles wait, resume only after several quiet checks, so that a
     * listener between two records of one batch does not let a re-tag in.
     */
    static final class Gate {

        static final int QUIET_CHECKS = 3;

        private int quiet;

        /** Whether the re-tag listener may run after a check that saw new articles waiting or not. */
        boolean open(boolean newArticlesWaiting) {
            quiet = newArticlesWaiting ? 0 : Math.min(quiet + 1, QUIET_CHECKS);
            return quiet >= QUIET_CHECKS;
        }
    }

    void check() {
        try {
            throttle();
        } catch (RuntimeException ex) {
            // a failed check must not end the schedule; the next one decides again
            log.warn("Could not check whether new articles are waiting: {}", ex.toString());
        }
    }

    private void throttle() {
        MessageListenerContainer retag = listeners.getListenerContainer(RetagListener.ID);
        if (retag == null) {
            return;
        }
        boolean open = gate.open(newArticles.waiting());
        if (!open && !retag.isPauseRequested()) {
            retag.pause();
        } else if (open && retag.isPauseRequested()) {
            retag.resume();
        }
    }

    @Override
    public synchronized void start() {
        checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "retag-throttle");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::check, 0, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (checks != null) {
            checks.shutdownNow();
            checks = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return checks != null;
    }
}
