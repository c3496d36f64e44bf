package newsflow.index.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryBandsTests {

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
}
