package newsflow.index.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleIngested;
import org.junit.jupiter.api.Test;

class StoredVersionTests {

    /** Versions and revisions at the edges of their ranges and in between, as articles and as retractions. */
    private static List<StoredVersion> held() {
        List<StoredVersion> held = new ArrayList<>();
        for (long version :
                new long[] {0, 1, 2, 1_796_293_264_314L, ArticleIngested.MAX_VERSION - 1, ArticleIngested.MAX_VERSION
                }) {
            for (int revision : new int[] {0, 1, 2, ArticleEnriched.MAX_ENRICHMENT_REVISION}) {
                held.add(StoredVersion.article(version, revision));
            }
            held.add(StoredVersion.retraction(version));
        }
        return held;
    }

    @Test
    void theOrdinalOrdersWritesExactlyAsTheRulesDo() {
        for (StoredVersion stored : held()) {
            for (StoredVersion incoming : held()) {
                boolean accepted = incoming.retracted()
                        ? stored.acceptsRetraction(incoming.version())
                        : stored.acceptsArticle(incoming.version(), incoming.enrichmentRevision());
                assertThat(incoming.ordinal() > stored.ordinal())
                        .as("%s over %s", incoming, stored)
                        .isEqualTo(accepted);
            }
        }
    }

    @Test
    void aNewerEnrichmentOfTheSameVersionIsAcceptedAndAnOlderVersionNeverIs() {
        StoredVersion stored = StoredVersion.article(5, 2);

        assertThat(stored.acceptsArticle(5, 3)).isTrue();
        assertThat(stored.acceptsArticle(5, 2)).isFalse();
        assertThat(stored.acceptsArticle(4, ArticleEnriched.MAX_ENRICHMENT_REVISION))
                .isFalse();
        assertThat(stored.acceptsArticle(6, 0)).isTrue();
        assertThat(StoredVersion.retraction(5).acceptsArticle(5, ArticleEnriched.MAX_ENRICHMENT_REVISION))
                .isFalse();
    }

    @Test
    void refusesAVersionBeyondTheContractsRange() {
        assertThatThrownBy(() -> StoredVersion.article(ArticleIngested.MAX_VERSION + 1, 0)
                        .ordinal())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version must be between 0 and 4398046511103");
    }
}
