package newsflow.index.stories;

import java.util.List;
import java.util.Set;
import newsflow.index.store.TimeWindow;

/**
 * What to look up in the store for one new article: the stored articles published within the window that are at
 * most {@code maxDistance} bits from its fingerprint (found by a shared band) or share at least
 * {@code minSharedSentences} of its sentences (found by a shared sentence); and the article itself, if the store
 * holds an earlier version of it (which keeps its story whatever its text).
 *
 * @param articleId          the new article
 * @param fingerprint        its 64-bit SimHash
 * @param sentences          the hashes of its sentences ({@link newsflow.support.stories.StorySentences})
 * @param maxDistance        the most bits a copy's fingerprint may differ in, below {@link StoryBands#BANDS}
 * @param minSharedSentences the fewest sentences a copy that is further away must share, 1 or more
 * @param window             the publication times a copy may have
 */
public record StoryProbe(
        String articleId,
        long fingerprint,
        Set<Long> sentences,
        int maxDistance,
        int minSharedSentences,
        TimeWindow window) {

    /**
     * How many of its sentences a lookup searches for: enough that a copy sharing 30% of them (the least the rules
     * accept) is missed about once in three hundred, few enough that the lookup stays cheap (each is a term to seek
     * in every segment).
     */
    public static final int LOOKUP_SENTENCES = 16;

    public StoryProbe {
        sentences = Set.copyOf(sentences);
        if (minSharedSentences < 1) {
            throw new IllegalArgumentException("minSharedSentences must be 1 or more, not " + minSharedSentences);
        }
        if (maxDistance < 0 || maxDistance >= StoryBands.BANDS) {
            throw new IllegalArgumentException(
                    "maxDistance must be between 0 and " + (StoryBands.BANDS - 1) + ", not " + maxDistance);
        }
    }

    /**
     * The sentences to look up: the {@value #LOOKUP_SENTENCES} of smallest hash, a sample the same for every copy
     * that has them. A stored article sharing any is then compared by all its sentences.
     */
    public List<Long> lookupSentences() {
        return sentences.stream().sorted().limit(LOOKUP_SENTENCES).toList();
    }

    /** The bands to look up. */
    public List<String> bands() {
        return StoryBands.of(fingerprint);
    }

    /** Whether a stored fingerprint is near enough to be a copy. */
    public boolean isNear(long other) {
        return Long.bitCount(fingerprint ^ other) <= maxDistance;
    }

    /** Whether a stored article, with this fingerprint and these sentences, may be a copy. */
    public boolean mayBeCopy(long otherFingerprint, Set<Long> otherSentences) {
        return isNear(otherFingerprint) || shared(otherSentences) >= minSharedSentences;
    }

    /** How many of these sentences the article has too. */
    public int shared(Set<Long> otherSentences) {
        int shared = 0;
        for (Long sentence : otherSentences) {
            if (sentences.contains(sentence)) {
                shared++;
            }
        }
        return shared;
    }
}
