package newsflow.support.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryRulesTests {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    private static StoryCandidate article(String id, long fingerprint, Set<Long> sentences, Instant at) {
        return new StoryCandidate(id, id, fingerprint, at, Set.of("country:RU", "org:united-nations"), sentences);
    }

    @Test
    void aCopyAFewBitsAwayOrSharingSentencesJoinsTheStoryOfTheNearest() {
        var article = article("new", 0b1111L, Set.of(1L, 2L, 3L, 4L), NOON);
        var far = article("far", 0xFFFF_FFFFL, Set.of(1L, 2L, 9L), NOON.minusSeconds(60));
        var near = article("near", 0b0111L, Set.of(), NOON.minusSeconds(30));

        assertThat(StoryRules.DEFAULTS.storyOf(article, List.of(far, near))).contains("near");
        assertThat(StoryRules.DEFAULTS.storyOf(article, List.of(far))).contains("far");
    }

    @Test
    void oneSharedSentenceOrAShareTooSmallIsNoCopy() {
        var article = article("new", 0L, Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), NOON);

        assertThat(StoryRules.DEFAULTS.storyOf(article, List.of(article("one", -1L, Set.of(1L, 9L), NOON))))
                .isEmpty();
        assertThat(StoryRules.DEFAULTS.storyOf(
                        article, List.of(article("few", -1L, Set.of(1L, 2L, 11L, 12L, 13L, 14L, 15L, 16L), NOON))))
                .isEmpty();
    }

    @Test
    void aCopyPublishedAfterTheWindowIsNoCopy() {
        var article = article("new", 0L, Set.of(), NOON);

        assertThat(StoryRules.DEFAULTS.storyOf(
                        article, List.of(article("old", 0L, Set.of(), NOON.minusSeconds(73 * 3600)))))
                .isEmpty();
    }

    @Test
    void entityOverlapIsTheShareOfTheSmallerSetFoundInTheLarger() {
        assertThat(StoryRules.overlap(Set.of("a", "b"), Set.of("a", "b", "c", "d")))
                .isEqualTo(1.0);
        assertThat(StoryRules.overlap(Set.of("a", "b", "c", "d"), Set.of("a", "x")))
                .isEqualTo(0.5);
        assertThat(StoryRules.overlap(Set.of("a"), Set.of("b"))).isZero();
    }

    @Test
    void twoArticlesWithoutEntitiesOverlapFullyAndOneWithoutNone() {
        assertThat(StoryRules.overlap(Set.of(), Set.of())).isEqualTo(1.0);
        assertThat(StoryRules.overlap(Set.of(), Set.of("a"))).isZero();
    }

    @Test
    void readsOnlyFingerprintsOfSixteenHexDigits() {
        assertThat(StoryRules.parseFingerprint("0123456789abcdef")).contains(0x0123456789abcdefL);
        assertThat(StoryRules.parseFingerprint("0123")).isEmpty();
        assertThat(StoryRules.parseFingerprint("0123456789abcdeg")).isEmpty();
        assertThat(StoryRules.parseFingerprint(null)).isEmpty();
    }
}
