package newsflow.index.store;

import static newsflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import newsflow.index.store.search.ArticleHit;
import newsflow.index.store.search.ArticleQuery;
import newsflow.index.store.search.SearchPage;
import newsflow.index.stories.StoryProbe;
import newsflow.support.stories.StoryCandidate;
import newsflow.support.stories.StorySentences;
import org.junit.jupiter.api.Test;

/**
 * The story half every {@link ArticleStore} must do alike: the near-neighbour lookup of fingerprints, and finding
 * articles by story and the articles that started theirs.
 */
interface StoryContract {

    ArticleStore store();

    String FINGERPRINT = "0123456789abcdef";
    Instant PUBLISHED = Instant.parse("2022-03-01T10:15:00Z");
    TimeWindow THREE_DAYS = new TimeWindow(PUBLISHED.minusSeconds(3 * 86_400), PUBLISHED.plusSeconds(3 * 86_400));

    private StoryProbe probe(String articleId, String fingerprint) {
        return new StoryProbe(articleId, Long.parseUnsignedLong(fingerprint, 16), Set.of(), 3, 2, THREE_DAYS);
    }

    private static List<String> ids(List<StoryCandidate> candidates) {
        return candidates.stream().map(StoryCandidate::articleId).toList();
    }

    @Test
    default void findsStoredArticlesAFewBitsFromAFingerprintWithTheirStoriesAndEntities() {
        store().write(List.of(
                ArticleChange.publish(article("demo-1")
                                .fingerprint("0123456789abcdee")
                                .build())
                        .withStory("demo-0"),
                ArticleChange.publish(
                        article("demo-2").fingerprint("fedcba9876543210").build())));

        List<StoryCandidate> candidates = store().storyCandidates(probe("demo-new", FINGERPRINT));

        assertThat(candidates).singleElement().satisfies(candidate -> {
            assertThat(candidate.articleId()).isEqualTo("demo-1");
            assertThat(candidate.storyId()).isEqualTo("demo-0");
            assertThat(candidate.fingerprint()).isEqualTo(0x0123456789abcdeeL);
            assertThat(candidate.publishedAt()).isEqualTo(PUBLISHED);
            assertThat(candidate.entityIds())
                    .containsExactlyInAnyOrder("country:RU", "person:sergei-lavrov", "org:united-nations");
        });
    }

    @Test
    default void leavesOutArticlesTooManyBitsAwayOrOutsideTheWindow() {
        store().upsert(article("demo-far").fingerprint("0123456789abc010").build());
        store().upsert(article("demo-late")
                .fingerprint(FINGERPRINT)
                .publishedAt(PUBLISHED.plusSeconds(5 * 86_400))
                .build());

        assertThat(store().storyCandidates(probe("demo-new", FINGERPRINT))).isEmpty();
    }

    @Test
    default void findsStoredArticlesSharingSentencesWhateverTheirFingerprints() {
        var wire = article("demo-wire").fingerprint("fedcba9876543210").build();
        store().upsert(wire);
        store().upsert(article("demo-other")
                .fingerprint("fedcba9876543210")
                .body("An unrelated body that shares no sentence with the wire story at all, none.")
                .build());

        var probe = new StoryProbe(
                "demo-new", Long.parseUnsignedLong(FINGERPRINT, 16), StorySentences.of(wire), 3, 2, THREE_DAYS);

        assertThat(store().storyCandidates(probe)).singleElement().satisfies(candidate -> {
            assertThat(candidate.articleId()).isEqualTo("demo-wire");
            assertThat(candidate.sentences()).isEqualTo(StorySentences.of(wire));
        });
    }

    @Test
    default void findsTheProbedArticleItselfWhateverItsFingerprint() {
        store().upsert(article("demo-1").fingerprint("fedcba9876543210").build());

        assertThat(ids(store().storyCandidates(probe("demo-1", FINGERPRINT)))).containsExactly("demo-1");
    }

    @Test
    default void neverFindsRetractedArticlesOrArticlesWithoutAFingerprint() {
        store().upsert(article("demo-gone").build());
        store().retract(newsflow.index.TestArticles.retraction("demo-gone", 2));
        store().upsert(article("demo-none").fingerprint(null).build());

        assertThat(store().storyCandidates(probe("demo-new", FINGERPRINT))).isEmpty();
    }

    @Test
    default void findsTheCopiesOfAStoryAndCountsTheStoriesOfTheArticlesAQueryMatches() {
        store().write(List.of(
                ArticleChange.publish(article("demo-lead").build()),
                ArticleChange.publish(article("demo-copy").source("wire").build())
                        .withStory("demo-lead"),
                ArticleChange.publish(article("demo-other").build())));

        SearchPage copies = store().search(ArticleQuery.everything().withStory("demo-lead"));
        assertThat(copies.hits())
                .extracting(ArticleHit::articleId, ArticleHit::storyId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.api.Assertions.tuple("demo-lead", "demo-lead"),
                        org.assertj.core.api.Assertions.tuple("demo-copy", "demo-lead"));
        assertThat(store().countStories(ArticleQuery.everything())).isEqualTo(2);
        assertThat(store().countStories(ArticleQuery.everything().withSource("wire")))
                .isEqualTo(1);
    }
}
