package newsflow.support.stories;

import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a new article is a copy of another, and so joins its story: the two texts are near, by their fingerprints (at
 * most {@code maxDistance} bits apart) or by their sentences (they share at least {@code minSharedSentences}
 * sentences word for word, and at least {@code minSentenceShare} of the sentences of the one with fewer); they share
 * entities (at least {@code minEntityOverlap} of the entities of the one with fewer, when either has any); and they
 * were published at most {@code window} apart. Of several it is a copy of, it joins the nearest one's story (then the
 * earliest published), so a story does not depend on the order the candidates come in.
 */
public record StoryRules(
        Duration window, int maxDistance, int minSharedSentences, double minSentenceShare, double minEntityOverlap) {

    /**
     * The rules as measured on newsflow's story clustering set (docs/quality.md) and as index-service runs them
     * unless told otherwise.
     */
    public static final StoryRules DEFAULTS = new StoryRules(Duration.ofHours(72), 4, 2, 0.3, 0.5);

    private static final Comparator<Match> NEAREST_FIRST = Comparator.comparingInt(Match::distance)
            .thenComparing(match -> match.candidate().publishedAt())
            .thenComparing(match -> match.candidate().articleId());

    /** The story of the nearest candidate the article is a copy of, or empty when it is a copy of none. */
    public Optional<String> storyOf(StoryCandidate article, List<StoryCandidate> candidates) {
        return candidates.stream()
                .filter(candidate -> isCopy(article, candidate))
                .map(candidate -> new Match(candidate, Long.bitCount(article.fingerprint() ^ candidate.fingerprint())))
                .min(NEAREST_FIRST)
                .map(match -> match.candidate().storyId());
    }

    /** Whether one article is a copy of the other, by these rules. */
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

    /** The fingerprint as ingest writes it (16 hex digits), or empty when there is none or it is not one. */
    public static Optional<Long> parseFingerprint(String hex) {
        if (hex == null || hex.length() != 16) {
            return Optional.empty();
        }
        try {
            return Optional.of(HexFormat.fromHexDigitsToLong(hex));
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    private record Match(StoryCandidate candidate, int distance) {}
}
