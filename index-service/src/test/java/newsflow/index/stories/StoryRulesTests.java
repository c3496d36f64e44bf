package newsflow.index.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryRulesTests {

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
    void bandsCutTheFingerprintIntoPositionedRuns() {
        assertThat(StoryBands.of(0L)).containsExactly("0:0", "1:0", "2:0", "3:0", "4:0", "5:0");
        assertThat(StoryBands.of(0x3FFL)).startsWith("0:3ff", "1:0");
    }

    @Test
    void fingerprintsThatDifferInFewerBitsThanThereAreBandsShareABand() {
        long fingerprint = 0x0123456789abcdefL;
        long fiveBitsAway = fingerprint ^ (1L | 1L << 10 | 1L << 20 | 1L << 30 | 1L << 40);

        assertThat(StoryBands.of(fiveBitsAway)).containsAnyElementsOf(StoryBands.of(fingerprint));
    }

    @Test
    void readsOnlyFingerprintsOfSixteenHexDigits() {
        assertThat(StoryBands.fingerprint("0123456789abcdef")).contains(0x0123456789abcdefL);
        assertThat(StoryBands.fingerprint("0123")).isEmpty();
        assertThat(StoryBands.fingerprint("0123456789abcdeg")).isEmpty();
        assertThat(StoryBands.fingerprint(null)).isEmpty();
    }
}
