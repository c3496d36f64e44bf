package newsflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTests {

    @Test
    void derivesTheSameIdForTheSameSourceAndArticle() {
        assertThat(ArticleIds.derive("demo", "seed-1")).isEqualTo(ArticleIds.derive("demo", "seed-1"));
    }

    @Test
    void derivesDifferentIdsWhenTwoPublishersUseTheSameArticleId() {
        assertThat(ArticleIds.derive("demo", "1")).isNotEqualTo(ArticleIds.derive("other", "1"));
    }

    /**
     * Pinned: clients compute articleIds themselves and every stored article is keyed by one, so a change to the
     * derivation is a decision (with a migration), never an accident. The README's demo shows this id.
     */
    @Test
    void derivesThePublishedIdOfTheDemoSeedArticle() {
        assertThat(ArticleIds.derive("demo", "seed-article")).isEqualTo("demo-12ab99123ccff47cf5e3");
    }

    @Test
    void startsWithTheSourceAndIsSafeInUrls() {
        assertThat(ArticleIds.derive("demo", "a/b?c d")).matches("demo-[0-9a-f]{20}");
    }
}
