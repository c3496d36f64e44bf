package newsflow.index.stories;

import java.util.List;
import newsflow.index.store.TimeWindow;

/**
 * What to look up in the store for one new article: the stored articles that share a band of its fingerprint, are
 * at most {@code maxDistance} bits from it and were published within the window; and the article itself, if the
 * store holds an earlier version of it (which keeps its story whatever its text).
 *
 * @param articleId   the new article
 * @param fingerprint its 64-bit SimHash
 * @param maxDistance the most bits a copy's fingerprint may differ in, below {@link StoryBands#BANDS}
 * @param window      the publication times a copy may have
 */
public record StoryProbe(String articleId, long fingerprint, int maxDistance, TimeWindow window) {

    public StoryProbe {
        if (maxDistance < 0 || maxDistance >= StoryBands.BANDS) {
            throw new IllegalArgumentException(
                    "maxDistance must be between 0 and " + (StoryBands.BANDS - 1) + ", not " + maxDistance);
        }
    }

    /** The bands to look up. */
    public List<String> bands() {
        return StoryBands.of(fingerprint);
    }

    /** Whether a stored fingerprint is near enough to be a copy. */
    public boolean isNear(long other) {
        return Long.bitCount(fingerprint ^ other) <= maxDistance;
    }
}
