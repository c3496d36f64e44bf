package newsflow.launcher.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import org.junit.jupiter.api.Test;

class TokenAlignmentTests {

    private final ConllCorpus.Document document = ConllCorpus.parse("""
            -DOCSTART- O

            LONDON B-LOC
            1996-08-30 O

            The O
            Tripoli-based O
            envoy O
            Jean-Michel B-PER
            Monin I-PER
            spoke O
            . O

            - O
            Hull B-ORG
            2 O
            """, 1, -1).get(0);
    private final DocumentText text = new DocumentText(document);

    @Test
    void mapsAMentionInAZoneLineOntoTheTokensOfItsSentence() {
        var alignment = new TokenAlignment(
                text,
                List.of(
                        new Zone(ZoneName.HEADLINE, "LONDON 1996-08-30"),
                        new Zone(ZoneName.BODY, "The Tripoli-based envoy Jean-Michel Monin spoke .\nHull 2")));

        assertThat(alignment.chunk(ZoneName.BODY, 24, 41, "PER"))
                .hasValue(new TokenAlignment.Mapped(new Chunk(1, 3, 5, "PER"), TokenAlignment.Fit.EXACT));
        assertThat(alignment.chunk(ZoneName.HEADLINE, 0, 6, "LOC"))
                .hasValue(new TokenAlignment.Mapped(new Chunk(0, 0, 1, "LOC"), TokenAlignment.Fit.EXACT));
        assertThat(alignment.unaligned()).isZero();
    }

    @Test
    void findsALineWhoseLeadingBulletCleaningRemoved() {
        var alignment = new TokenAlignment(text, List.of(new Zone(ZoneName.BODY, "Hull 2")));

        assertThat(alignment.chunk(ZoneName.BODY, 0, 4, "ORG"))
                .hasValue(new TokenAlignment.Mapped(new Chunk(2, 1, 2, "ORG"), TokenAlignment.Fit.EXACT));
    }

    @Test
    void tellsAMentionInsideOneTokenFromOneThatMissesTokenBoundaries() {
        var alignment = new TokenAlignment(
                text, List.of(new Zone(ZoneName.BODY, "The Tripoli-based envoy Jean-Michel Monin spoke .")));

        assertThat(alignment.chunk(ZoneName.BODY, 4, 11, "LOC"))
                .get()
                .extracting(TokenAlignment.Mapped::fit)
                .isEqualTo(TokenAlignment.Fit.INSIDE_A_TOKEN);
        assertThat(alignment.chunk(ZoneName.BODY, 29, 41, "PER"))
                .get()
                .extracting(TokenAlignment.Mapped::fit)
                .isEqualTo(TokenAlignment.Fit.MISALIGNED);
    }

    @Test
    void leavesOutANameThatEndsWhereAHyphenatedWordGoesOnInSmallLetters() {
        var hyphenated = new DocumentText(ConllCorpus.parse("""
                -DOCSTART- O

                The O
                New B-MISC
                York-based I-MISC
                group O
                Rolls-Royce B-ORG
                . O
                """, 1, -1).get(0));
        var alignment = new TokenAlignment(
                hyphenated, List.of(new Zone(ZoneName.BODY, "The New York-based group Rolls-Royce .")));

        assertThat(alignment.chunk(ZoneName.BODY, 4, 12, "LOC"))
                .get()
                .extracting(TokenAlignment.Mapped::fit)
                .isEqualTo(TokenAlignment.Fit.INSIDE_A_TOKEN);
        assertThat(alignment.chunk(ZoneName.BODY, 19, 30, "ORG"))
                .get()
                .extracting(TokenAlignment.Mapped::fit)
                .isEqualTo(TokenAlignment.Fit.MISALIGNED);
    }

    @Test
    void countsZoneLinesItCannotFindAndMapsNothingInThem() {
        var alignment = new TokenAlignment(text, List.of(new Zone(ZoneName.BODY, "Hull City 2")));

        assertThat(alignment.unaligned()).isEqualTo(1);
        assertThat(alignment.chunk(ZoneName.BODY, 0, 9, "ORG")).isEmpty();
    }
}
