package newsflow.enrich.tagging;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time by which one article must be tagged. The tagger checks it between sentences (each at most
 * {@value newsflow.enrich.tagging.text.ZoneTokenizer#MAX_SENTENCE_TOKENS} tokens, so the time between two checks is bounded) and between its
 * steps, and gives up with a {@link TaggingTimeoutException} once it has passed: a pathological article costs at
 * most a little more than the limit, and no thread is left behind working on it.
 */
public final class TaggingDeadline {

    /** No deadline at all, for tools and tests. */
    public static final TaggingDeadline NONE = new TaggingDeadline(null, null, () -> 0, 0);

    private final String articleId;
    private final Duration limit;
    private final LongSupplier nanoClock;
    private final long deadlineNanos;

    private TaggingDeadline(String articleId, Duration limit, LongSupplier nanoClock, long deadlineNanos) {
        this.articleId = articleId;
        this.limit = limit;
        this.nanoClock = nanoClock;
        this.deadlineNanos = deadlineNanos;
    }

    /** A deadline {@code limit} from now for tagging the article {@code articleId}. */
    public static TaggingDeadline after(Duration limit, String articleId) {
        return after(limit, articleId, System::nanoTime);
    }

    static TaggingDeadline after(Duration limit, String articleId, LongSupplier nanoClock) {
        return new TaggingDeadline(articleId, limit, nanoClock, nanoClock.getAsLong() + limit.toNanos());
    }

    /**
     * Gives up on the article if its time is over.
     *
     * @throws TaggingTimeoutException when the deadline has passed
     */
    public void check() {
        if (limit != null && nanoClock.getAsLong() - deadlineNanos >= 0) {
            throw new TaggingTimeoutException("tagging " + articleId + " took longer than " + describe(limit));
        }
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
