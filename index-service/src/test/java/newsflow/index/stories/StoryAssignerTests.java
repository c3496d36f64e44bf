package newsflow.index.stories;

import static newsflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsflow.contract.ArticleEnriched;
import newsflow.index.TestArticles;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.lucene.LuceneArticleStore;
import newsflow.index.store.search.ArticleHit;
import newsflow.index.store.search.ArticleQuery;
import newsflow.support.stories.StoryRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories given to articles before they are written, against a real Lucene store in a folder of its own. */
class StoryAssignerTests {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
    private static final String WIRE = "0123456789abcdef";
    /** Three bits from {@link #WIRE}: a lightly edited copy. */
    private static final String EDITED = "0123456789abcde8";
    /** Twenty-odd bits from {@link #WIRE}: another text. */
    private static final String OTHER = "fedcba9876543210";

    @TempDir
    Path folder;

    private LuceneArticleStore store;
    private StoryAssigner stories;

    @BeforeEach
    void open() {
        store = LuceneArticleStore.open(folder);
        stories = new StoryAssigner(store, StoryRules.DEFAULTS);
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    @Test
    void anArticleNoStoredArticleIsNearStartsAStoryNamedByItsId() {
        write(article("site-a-1").fingerprint(WIRE).publishedAt(NOON).build());

        assertThat(storyOf("site-a-1")).isEqualTo("site-a-1");
    }

    @Test
    void aLightlyEditedCopyOnAnotherSiteJoinsTheStoryOfTheFirst() {
        write(article("site-a-1").fingerprint(WIRE).publishedAt(NOON).build());
        write(article("site-b-7")
                .source("site-b")
                .fingerprint(EDITED)
                .publishedAt(NOON.plus(Duration.ofHours(5)))
                .build());

        assertThat(storyOf("site-b-7")).isEqualTo("site-a-1");
    }

    @Test
    void copiesInOneBatchJoinTheFirstOfThem() {
        write(
                article("site-a-1").fingerprint(WIRE).publishedAt(NOON).build(),
                article("site-b-7")
                        .source("site-b")
                        .fingerprint(EDITED)
                        .publishedAt(NOON)
                        .build(),
                article("site-c-2")
                        .source("site-c")
                        .fingerprint(WIRE)
                        .publishedAt(NOON)
                        .build());

        assertThat(List.of(storyOf("site-a-1"), storyOf("site-b-7"), storyOf("site-c-2")))
                .containsOnly("site-a-1");
    }

    @Test
    void aDifferentTextAboutTheSameEntitiesIsAStoryOfItsOwn() {
        write(article("site-a-1").fingerprint(WIRE).publishedAt(NOON).build());
        write(article("site-b-9")
                .source("site-b")
                .fingerprint(OTHER)
                .publishedAt(NOON)
                .body("Russia's foreign minister told the council by video link that the sanctions had failed.")
                .build());

        assertThat(storyOf("site-b-9")).isEqualTo("site-b-9");
    }

    @Test
    void aNearTextAboutOtherEntitiesIsAStoryOfItsOwn() {
        write(article("site-a-1").fingerprint(WIRE).publishedAt(NOON).build());
        write(article("site-b-3")
                .source("site-b")
                .fingerprint(EDITED)
                .publishedAt(NOON)
                .entities(TestArticles.DENMARK, TestArticles.GENEVA)
                .build());

        assertThat(storyOf("site-b-3")).isEqualTo("site-b-3");
    }

    @Test
    void aCopyPublishedAfterTheWindowStartsAStoryOfItsOwn() {
        write(article("site-a-1").fingerprint(WIRE).publishedAt(NOON).build());
        write(article("site-b-4")
                .source("site-b")
                .fingerprint(WIRE)
                .publishedAt(NOON.plus(Duration.ofHours(73)))
                .build());

        assertThat(storyOf("site-b-4")).isEqualTo("site-b-4");
    }

    @Test
    void aCopyManyBitsAwayThatKeepsTheSentencesOfTheFirstJoinsItsStory() {
        write(article("site-a-1").fingerprint(WIRE).publishedAt(NOON).build());
        write(article("site-b-8")
                .source("site-b")
                .title("A new headline for the same wire story")
                .fingerprint(OTHER)
                .publishedAt(NOON)
                .build());

        assertThat(storyOf("site-b-8")).isEqualTo("site-a-1");
    }

    @Test
    void anArticleKeepsItsStoryThroughANewVersionWhateverItsText() {
        write(article("site-a-1").fingerprint(WIRE).publishedAt(NOON).build());
        write(article("site-b-7")
                .source("site-b")
                .fingerprint(EDITED)
                .publishedAt(NOON)
                .build());

        write(article("site-b-7")
                .source("site-b")
                .version(2)
                .fingerprint(OTHER)
                .publishedAt(NOON)
                .build());

        assertThat(storyOf("site-b-7")).isEqualTo("site-a-1");
        assertThat(store.find("site-b-7").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void anArticleWithoutAFingerprintIsAStoryOfItsOwn() {
        write(article("site-a-1").fingerprint(WIRE).publishedAt(NOON).build());
        write(article("site-b-5")
                .source("site-b")
                .fingerprint(null)
                .publishedAt(NOON)
                .build());

        assertThat(storyOf("site-b-5")).isEqualTo("site-b-5");
    }

    @Test
    void retractionsPassThroughUnchanged() {
        ArticleChange retraction = ArticleChange.retract(TestArticles.retraction("site-a-1", 2));

        assertThat(stories.assign(List.of(retraction))).containsExactly(retraction);
    }

    private void write(ArticleEnriched... articles) {
        List<ArticleChange.Publish> changes =
                List.of(articles).stream().map(ArticleChange::publish).toList();
        store.write(stories.assign(changes));
    }

    private String storyOf(String articleId) {
        return store.search(ArticleQuery.everything().withPage(0, ArticleQuery.MAX_SIZE)).hits().stream()
                .filter(hit -> hit.articleId().equals(articleId))
                .map(ArticleHit::storyId)
                .findFirst()
                .orElseThrow();
    }
}
