package newsflow.launcher.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsflow.enrich.tagging.crf.CrfGazetteerTagger;
import newsflow.support.stories.StoryRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories on the dev half of the clustering set ({@code stories/README.md}), through ingest's cleaning, the tagger
 * and the story rules index-service runs by default, over a real Lucene store: a regression guard a few
 * points under what was measured (docs/quality.md: precision and recall of same-story pairs 1.000 on both halves),
 * and the cases the rules exist for, on the set's realistic texts. The test half is scored only to report.
 */
class StoryClusteringTests {

    @TempDir
    static Path folder;

    private static List<StoryClustering.Enriched> dev;
    private static StoryClustering.Score score;

    @BeforeAll
    static void score() {
        dev = StoryClustering.enrich(
                CrfGazetteerTagger.load(CrfGazetteerTagger.DEFAULT_MODEL), StorySet.split(StorySet.load(), "dev"));
        score = StoryClustering.score(dev, StoryRules.DEFAULTS, folder);
    }

    @Test
    void devHalfHasCopyGroupsNearMissesLateCopiesAndUnrelatedArticles() {
        assertThat(dev).hasSizeGreaterThanOrEqualTo(100);
        assertThat(dev)
                .extracting(article -> article.item().kind())
                .contains("original", "copy", "late-copy", "near-miss", "unrelated");
        assertThat(score.goldPairs()).isGreaterThan(200);
    }

    @Test
    void groupsTheCopiesOfEachStoryAboveTheFloor() {
        assertThat(score.precision()).isGreaterThan(0.97);
        assertThat(score.recall()).isGreaterThan(0.95);
    }

    @Test
    void neverPutsAnotherReportOfTheSameEventIntoTheStory() {
        assertThat(score.errors()).noneMatch(error -> error.contains("(near-miss)"));
    }

    @Test
    void startsAStoryOfItsOwnForACopyPublishedAfterTheWindow() {
        assertThat(score.errors()).noneMatch(error -> error.contains("(late-copy)"));
    }

    @Test
    void aVoteOnAMediaLawReportedTwiceIsTwoStoriesWhileTheWireCopiesOfOneReportAreOne() {
        StoryClustering.Enriched original = dev.stream()
                .filter(article -> article.item().kind().equals("original")
                        && article.item().article().id().contains("tbilisi-media-law"))
                .findFirst()
                .orElseThrow();
        StoryClustering.Enriched otherReport = dev.stream()
                .filter(article -> article.item().article().source().equals("caucasusobserver"))
                .findFirst()
                .orElseThrow();
        List<StoryClustering.Enriched> copies = dev.stream()
                .filter(article -> article.item().kind().equals("copy")
                        && article.item().group().equals(original.item().group()))
                .toList();

        assertThat(copies).hasSizeGreaterThanOrEqualTo(3);
        assertThat(otherReport.article().entities())
                .extracting(entity -> entity.id())
                .containsAnyElementsOf(original.article().entities().stream()
                        .map(entity -> entity.id())
                        .toList());
        String story = score.storyOf(original.article().articleId());
        assertThat(copies)
                .allSatisfy(copy ->
                        assertThat(score.storyOf(copy.article().articleId())).isEqualTo(story));
        assertThat(score.storyOf(otherReport.article().articleId())).isNotEqualTo(story);
    }
}
