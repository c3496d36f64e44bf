package newsflow.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.contract.SampleArticles;
import newsflow.contract.ZoneName;
import newsflow.ingest.cleaning.ArticleCleaner;
import newsflow.ingest.cleaning.CleanArticle;
import org.junit.jupiter.api.Test;

class FingerprintsTests {

    private static final CleanArticle SEED = new ArticleCleaner().clean(SampleArticles.seed("demo", "seed-1"));
    private static final String SEED_BODY = SEED.text(ZoneName.BODY);

    @Test
    void fingerprintsTheSameTextAlike() {
        assertThat(Fingerprints.simHash(SEED_BODY)).isEqualTo(Fingerprints.simHash(new String(SEED_BODY)));
        assertThat(Fingerprints.of(SEED)).matches("[0-9a-f]{16}");
    }

    /**
     * Pinned: readers store fingerprints and compare them with new ones by Hamming distance, so a change to the
     * SimHash (its features, hashes or mixing) is a decision, never an accident. Fixed texts, not the cleaner's output.
     */
    @Test
    void keepsThePublishedFingerprintsOfFixedTexts() {
        assertThat(Fingerprints.hex(Fingerprints.simHash("Danish foreign minister Jeppe Kofod shared a video of the "
                        + "walkout during Sergei Lavrov's speech to the UN Human Rights Council in Geneva.")))
                .isEqualTo("1a20208db429c365");
        assertThat(Fingerprints.hex(Fingerprints.simHash("Breaking news"))).isEqualTo("4100102ea09d0003");
    }

    @Test
    void ignoresCaseAndPunctuationAndSpacing() {
        assertThat(Fingerprints.simHash("The council voted, on Tuesday!"))
                .isEqualTo(Fingerprints.simHash("the  COUNCIL voted on tuesday"));
    }

    @Test
    void putsALightRewriteOfAnArticleAFewBitsFromTheOriginal() {
        String rewrite = SEED_BODY.replace("this morning", "on Tuesday morning").replace("Geneva", "Genève");

        assertThat(Fingerprints.distance(Fingerprints.simHash(SEED_BODY), Fingerprints.simHash(rewrite)))
                .isBetween(1, 6);
    }

    @Test
    void putsUnrelatedArticlesFarApart() {
        String other = "The European Central Bank held its main interest rate on Thursday as inflation in France "
                + "and Germany cooled for a third month, and its president said the bank would wait for more data "
                + "before it decides whether to cut rates in the spring.";

        assertThat(Fingerprints.distance(Fingerprints.simHash(SEED_BODY), Fingerprints.simHash(other)))
                .isGreaterThan(16);
    }

    @Test
    void leavesBoilerplateOutOfTheFingerprint() {
        CleanArticle withoutPromo = new ArticleCleaner()
                .clean(new newsflow.contract.RawArticle(
                        "demo",
                        "1",
                        null,
                        null,
                        SampleArticles.seedPage()
                                .substring(0, SampleArticles.seedPage().indexOf("Connect Club")),
                        null,
                        null,
                        null,
                        null,
                        null));

        assertThat(Fingerprints.of(withoutPromo)).isEqualTo(Fingerprints.of(SEED));
    }
}
