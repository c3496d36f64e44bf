package newsflow.launcher.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.enrich.tagging.crf.CrfGazetteerTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A regression guard on the whole path's quality on web pages, ingest's cleaning and the tagger: the scores on the
 * web dev pages must stay above floors a few points below what was measured (docs/quality.md: 750 pages, mention F1
 * 0.899, entity F1 0.824, 26 mentions from furniture, eleven lines counted as text cut), so that neither the cleaner
 * nor the tagger can lose ground unnoticed. The held-out set is never scored here: it is scored once per round, by
 * hand.
 */
class WebSetQualityTests {

    private static List<WebSet.Page> pages;
    private static WebSetScorer.Evaluation evaluation;

    @BeforeAll
    static void score() {
        pages = WebSet.load(WebSet.DEV);
        evaluation = WebSetScorer.evaluate(CrfGazetteerTagger.load(CrfGazetteerTagger.DEFAULT_MODEL), pages);
    }

    @Test
    void devPagesAreHalfScrapedTextAndHalfHtmlFromEveryDomain() {
        assertThat(pages).hasSizeGreaterThanOrEqualTo(750);
        assertThat(pages)
                .extracting(WebSet.Page::domain)
                .contains("sport", "politics", "business", "tech", "local", "science", "culture");
        assertThat(pages).extracting(WebSet.Page::id).doesNotHaveDuplicates();
    }

    @Test
    void findsTheRealContentsEntitiesAboveTheFloor() {
        assertThat(evaluation.mentions().f1(null)).isGreaterThan(0.85);
        assertThat(evaluation.entities().f1(null)).isGreaterThan(0.77);
    }

    @Test
    void takesHardlyAnyMentionFromPageFurniture() {
        assertThat(evaluation.furnitureMentions()).hasSizeLessThanOrEqualTo(36);
    }

    @Test
    void cutsHardlyAnyLineNamingAnEntityThatTheAnnotatorDidNotListAsFurniture() {
        assertThat(evaluation.textCut()).hasSizeLessThanOrEqualTo(14);
    }
}
