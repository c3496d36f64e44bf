package newsflow.index.stories;

import java.util.ArrayList;
import java.util.List;

/**
 * The bands of a 64-bit fingerprint, the keys of the near-neighbour index: the fingerprint cut into {@value #BANDS}
 * runs of {@value #BAND_BITS} bits, each written as its position and value ({@code "2:3fa1"}). Two fingerprints at
 * most {@value #BANDS} - 1 bits apart share at least one band (the differing bits cannot touch every band), so a
 * lookup of the bands finds every copy the story rules can accept, and few others: an unrelated fingerprint shares a
 * given band with chance 2<sup>-{@value #BAND_BITS}</sup>.
 */
public final class StoryBands {

    public static final int BANDS = 6;
    public static final int BAND_BITS = Long.SIZE / BANDS;

    private StoryBands() {}

    public static List<String> of(long fingerprint) {
        List<String> bands = new ArrayList<>(BANDS);
        long mask = (1L << BAND_BITS) - 1;
        for (int band = 0; band < BANDS; band++) {
            long bits = fingerprint >>> (band * BAND_BITS) & mask;
            bands.add(band + ":" + Long.toHexString(bits));
        }
        return bands;
    }
}
