package newsflow.examples.subscriber;

import static newsflow.examples.subscriber.Articles.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import newsflow.contract.ArticleRetracted;
import org.junit.jupiter.api.Test;

class EntityCountsTests {

    private final EntityCounts counts = new EntityCounts();

    @Test
    void countsEachArticleOnceForEachOfItsEntities() {
        counts.apply(enriched("a", 1, 0, "country:DK", "person:lars-lokke-rasmussen"));
        counts.apply(enriched("b", 1, 0, "country:DK"));

        assertThat(counts.count("country:DK")).isEqualTo(2);
        assertThat(counts.count("person:lars-lokke-rasmussen")).isEqualTo(1);
        assertThat(counts.top(1)).containsExactly(org.assertj.core.api.Assertions.entry("country:DK", 2));
    }

    @Test
    void aNewerVersionReplacesWhatTheArticleCountedBefore() {
        counts.apply(enriched("a", 1, 0, "country:DK"));

        assertThat(counts.apply(enriched("a", 2, 0, "country:SE"))).isTrue();

        assertThat(counts.count("country:DK")).isZero();
        assertThat(counts.count("country:SE")).isEqualTo(1);
    }

    @Test
    void aRetagOfTheSameVersionReplacesItAndAnOlderTaggingChangesNothing() {
        counts.apply(enriched("a", 1, 10, "country:DK"));

        assertThat(counts.apply(enriched("a", 1, 20, "country:DK", "location:geneva-ch")))
                .isTrue();
        assertThat(counts.apply(enriched("a", 1, 5, "country:NO"))).isFalse();

        assertThat(counts.count("location:geneva-ch")).isEqualTo(1);
        assertThat(counts.count("country:DK")).isEqualTo(1);
        assertThat(counts.count("country:NO")).isZero();
    }

    @Test
    void anOlderVersionDeliveredAgainChangesNothing() {
        counts.apply(enriched("a", 2, 0, "country:SE"));

        assertThat(counts.apply(enriched("a", 1, 30, "country:DK"))).isFalse();

        assertThat(counts.count("country:SE")).isEqualTo(1);
        assertThat(counts.count("country:DK")).isZero();
    }

    @Test
    void aRetractionTakesTheArticleOutAndNoVersionAtOrBelowItBringsItBack() {
        counts.apply(enriched("a", 1, 0, "country:DK"));

        assertThat(counts.apply(new ArticleRetracted("a", 2, "demo", "retracted by publisher")))
                .isTrue();
        assertThat(counts.apply(enriched("a", 2, 40, "country:DK"))).isFalse();

        assertThat(counts.count("country:DK")).isZero();
        assertThat(counts.top(10)).isEmpty();
        assertThat(counts.apply(enriched("a", 3, 0, "country:FI"))).isTrue();
        assertThat(counts.count("country:FI")).isEqualTo(1);
    }
}
