package newsflow.index.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsflow.index.IndexProperties;
import newsflow.index.store.TimeWindow;

/**
 * Decides whether a new article is a copy of a stored one ({@link IndexProperties.Stories}): near fingerprints,
 * shared entities, publication times within the window. Of several copies it joins the nearest one's story (then
 * the earliest published), so a story does not depend on the order the candidates come in.
 */
final class StoryRules {

    private static final Comparator<Match> NEAREST_FIRST = Comparator.comparingInt(Match::distance)
            .thenComparing(match -> match.candidate().publishedAt())
            .thenComparing(match -> match.candidate().articleId());

    private final Duration window;
    private final int maxDistance;
    private final double minEntityOverlap;

    StoryRules(IndexProperties.Stories settings) {
        this.window = settings.window();
        this.maxDistance = settings.maxDistance();
        this.minEntityOverlap = settings.minEntityOverlap();
    }

    /** What to ask the store for an article published at {@code publishedAt} with this fingerprint. */
    StoryProbe probe(String articleId, long fingerprint, Instant publishedAt) {
        return new StoryProbe(
                articleId,
                fingerprint,
                this.maxDistance,
                new TimeWindow(
                        publishedAt.minus(this.window),
                        publishedAt.plus(this.window).plusMillis(1)));
    }

    /** The story of the nearest candidate the article is a copy of, or empty when it is a copy of none. */
    Optional<String> storyOf(
            long fingerprint, Instant publishedAt, Set<String> entityIds, List<StoryCandidate> candidates) {
        return candidates.stream()
                .filter(candidate -> isCopy(fingerprint, publishedAt, entityIds, candidate))
                .map(candidate -> new Match(candidate, Long.bitCount(fingerprint ^ candidate.fingerprint())))
                .min(NEAREST_FIRST)
                .map(match -> match.candidate().storyId());
    }

    private boolean isCopy(long fingerprint, Instant publishedAt, Set<String> entityIds, StoryCandidate candidate) {
        return Long.bitCount(fingerprint ^ candidate.fingerprint()) <= this.maxDistance
                && Duration.between(candidate.publishedAt(), publishedAt).abs().compareTo(this.window) <= 0
                && overlap(entityIds, candidate.entityIds()) >= this.minEntityOverlap;
    }

    /**
     * The share of the smaller entity set found in the larger: a copy trimmed of a paragraph loses entities but
     * keeps the rest. 1 when neither has any; 0 when only one has.
     */
    static double overlap(Set<String> first, Set<String> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return first.isEmpty() && second.isEmpty() ? 1 : 0;
        }
        Set<String> smaller = first.size() <= second.size() ? first : second;
        Set<String> larger = smaller == first ? second : first;
        long shared = smaller.stream().filter(larger::contains).count();
        return (double) shared / smaller.size();
    }

    private record Match(StoryCandidate candidate, int distance) {}
}
