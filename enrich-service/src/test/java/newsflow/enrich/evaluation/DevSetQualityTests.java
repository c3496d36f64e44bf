package newsflow.enrich.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.contract.EntityType;
import newsflow.enrich.evaluation.DevSet.Article;
import newsflow.enrich.evaluation.DevSetScorer.Evaluation;
import newsflow.enrich.tagging.crf.LoadedTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A regression guard on the tagger's quality: the scores on the dev set must stay above floors a few points below
 * what was measured (see docs/quality.md), so that quality cannot collapse unnoticed. Not a speed test.
 */
class DevSetQualityTests {

    private static List<Article> articles;
    private static Evaluation evaluation;

    @BeforeAll
    static void score() {
        articles = DevSet.load();
        evaluation = DevSetScorer.evaluate(LoadedTagger.get(), articles);
    }

    @Test
    void devSetHasAtLeastThirtyArticlesAcrossFiveDomains() {
        assertThat(articles).hasSizeGreaterThanOrEqualTo(30);
        assertThat(articles)
                .extracting(Article::domain)
                .containsOnly("politics", "business", "sport", "technology", "local");
        assertThat(articles).extracting(Article::id).doesNotHaveDuplicates();
    }

    @Test
    void everyGoldMentionPointsAtItsTextInItsZone() {
        for (Article article : articles) {
            article.entities()
                    .forEach(entity -> entity.mentions()
                            .forEach(mention -> assertThat(
                                            article.text(mention.zone()).substring(mention.start(), mention.end()))
                                    .as("%s %s", article.id(), entity.id())
                                    .isEqualTo(mention.text())));
        }
    }

    @Test
    void findsMentionsWithExactSpansAboveTheFloor() {
        assertThat(evaluation.mentions().score(null).f1()).isGreaterThan(0.95);
        assertThat(evaluation.mentions().score(EntityType.PERSON).f1()).isGreaterThan(0.94);
        assertThat(evaluation.mentions().score(EntityType.ORGANIZATION).f1()).isGreaterThan(0.93);
        assertThat(evaluation.mentions().score(EntityType.COUNTRY).f1()).isGreaterThan(0.96);
        assertThat(evaluation.mentions().score(EntityType.LOCATION).f1()).isGreaterThan(0.92);
    }

    @Test
    void findsEachArticlesCanonicalIdsAboveTheFloor() {
        assertThat(evaluation.ids().score(null).f1()).isGreaterThan(0.93);
        assertThat(evaluation.ids().score(EntityType.PERSON).f1()).isGreaterThan(0.92);
        assertThat(evaluation.ids().score(EntityType.ORGANIZATION).f1()).isGreaterThan(0.90);
        assertThat(evaluation.ids().score(EntityType.COUNTRY).f1()).isGreaterThan(0.95);
        assertThat(evaluation.ids().score(EntityType.LOCATION).f1()).isGreaterThan(0.90);
    }
}
