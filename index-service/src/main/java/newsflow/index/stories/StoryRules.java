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
 * Decides whether a new article is a copy of a stored one ({@link IndexProperties.Stories}): near fingerprints or
 * shared sentences, shared entities, publication times within the window. Of several copies it joins the nearest
 * one's story (then the earliest published), so a story does not depend on the order the candidates come in.
 */
final class StoryRules {

    private static final Comparator<Match> NEAREST_FIRST = Comparator.comparingInt(Match::distance)
            .thenComparing(match -> match.candidate().publishedAt())
            .thenComparing(match -> match.candidate().articleId());

    private final Duration window;
    private final int maxDistance;
    private final int minSharedSentences;
    private final double minSentenceShare;
    private final double minEntityOverlap;

    StoryRules(IndexProperties.Stories settings) {
        this.window = settings.window();
        this.maxDistance = settings.maxDistance();
        this.minSharedSentences = settings.minSharedSentences();
        this.minSentenceShare = settings.minSentenceShare();
        this.minEntityOverlap = settings.minEntityOverlap();
    }

    /** What to ask the store for this article, published at {@code publishedAt}. */
    StoryProbe probe(String articleId, long fingerprint, Set<Long> sentences, Instant publishedAt) {
        return new StoryProbe(
                articleId,
                fingerprint,
                sentences,
                this.maxDistance,
                this.minSharedSentences,
                new TimeWindow(
                        publishedAt.minus(this.window),
                        publishedAt.plus(this.window).plusMillis(1)));
    }

    /** The story of the nearest candidate the article is a copy of, or empty when it is a copy of none. */
    Optional<String> storyOf(StoryCandidate article, List<StoryCandidate> candidates) {
        return candidates.stream()
                .filter(candidate -> isCopy(article, candidate))
                .map(candidate -> new Match(candidate, Long.bitCount(article.fingerprint() ^ candidate.fingerprint())))
                .min(NEAREST_FIRST)
                .map(match -> match.candidate().storyId());
    }

    private boolean isCopy(StoryCandidate article, StoryCandidate candidate) {
        return (Long.bitCount(article.fingerprint() ^ candidate.fingerprint()) <= this.maxDistance
                        || sharesSentences(article.sentences(), candidate.sentences()))
                && Duration.between(candidate.publishedAt(), article.publishedAt())
                                .abs()
                                .compareTo(this.window)
                        <= 0
                && overlap(article.entityIds(), candidate.entityIds()) >= this.minEntityOverlap;
    }

    /** Whether two articles share enough sentences word for word, in number and as a share of the shorter. */
    private boolean sharesSentences(Set<Long> first, Set<Long> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return false;
        }
        Set<Long> smaller = first.size() <= second.size() ? first : second;
        Set<Long> larger = smaller == first ? second : first;
        long shared = smaller.stream().filter(larger::contains).count();
        return shared >= this.minSharedSentences && shared >= this.minSentenceShare * smaller.size();
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
