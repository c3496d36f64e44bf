package newsflow.enrich.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.enrich.evaluation.DevSet.Article;
import newsflow.enrich.evaluation.DevSetScorer.Evaluation;
import newsflow.enrich.tagging.crf.LoadedTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A regression guard on the tagger's quality in German, French and Spanish, and on its ids across languages: the
 * scores on the language dev sets and the parallel stories must stay above floors a few points below what was
 * measured (see docs/quality.md). Not a speed test.
 */
class LanguageDevSetQualityTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"de, 0.89", "fr, 0.88", "es, 0.90"})
    void findsMentionsInTheLanguagesDevSetAboveTheFloor(String language, double floor) {
        List<Article> articles = DevSet.load("/devset/devset-" + language + ".jsonl");
        Evaluation evaluation = DevSetScorer.evaluate(LoadedTagger.get(), articles, language);

        assertThat(articles).hasSizeGreaterThanOrEqualTo(10);
        assertThat(evaluation.mentions().score(null).f1()).isGreaterThan(floor);
    }

    @Test
    void findsTheParallelStoriesEntitiesAndGivesMostOfThemOneIdInEveryLanguage() {
        List<Article> articles = DevSet.load("/devset/parallel.jsonl");
        Evaluation evaluation = DevSetScorer.evaluate(LoadedTagger.get(), articles, "en");
        ParallelConsistency.Result consistency = ParallelConsistency.measure(LoadedTagger.get(), articles);

        assertThat(articles).extracting(Article::language).containsOnly("en", "de", "fr", "es");
        assertThat(evaluation.mentions().score(null).f1()).isGreaterThan(0.94);
        assertThat(evaluation.ids().score(null).f1()).isGreaterThan(0.92);
        assertThat((double) consistency.sameId() / consistency.foundInSeveral()).isGreaterThan(0.90);
    }
}
