package newsflow.index.api;

import static newsflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import newsflow.contract.ArticleEnriched;
import newsflow.index.TestArticles;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.ArticleStore;
import newsflow.index.stories.Stories;
import newsflow.support.web.EventJsonWebAutoConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The real story controller over a real Lucene store in a folder of its own. */
@WebMvcTest(StoryController.class)
@Import({EventJsonWebAutoConfiguration.class, ArticleControllerTests.LuceneStore.class, Stories.class})
class StoryControllerTests {

    private static final Instant NOON = Instant.parse("2024-05-06T12:00:00Z");

    private final MockMvcTester mvc;
    private final ArticleStore store;

    StoryControllerTests(@Autowired MockMvcTester mvc, @Autowired ArticleStore store) {
        this.mvc = mvc;
        this.store = store;
    }

    @BeforeEach
    void storeAStoryOfThreeCopiesAndOneOfItsOwn() {
        ArticleEnriched wire = article("wire-1")
                .source("wire")
                .publishedAt(NOON)
                .entities(TestArticles.RUSSIA, TestArticles.LAVROV)
                .build();
        ArticleEnriched daily = article("daily-8")
                .source("daily")
                .title("Lavrov speech sparks walkout")
                .publishedAt(NOON.plusSeconds(3600))
                .entities(TestArticles.RUSSIA, TestArticles.LAVROV, TestArticles.GENEVA)
                .build();
        ArticleEnriched early = article("herald-3")
                .source("herald")
                .publishedAt(NOON.minusSeconds(600))
                .entities(TestArticles.LAVROV)
                .build();
        ArticleEnriched rates = article("daily-9")
                .source("daily")
                .title("Danish central bank follows the ECB")
                .publishedAt(NOON.plusSeconds(7200))
                .entities(TestArticles.DENMARK)
                .build();
        store.write(List.of(
                ArticleChange.publish(wire),
                ArticleChange.publish(daily).withStory("wire-1"),
                ArticleChange.publish(early).withStory("wire-1"),
                ArticleChange.publish(rates)));
    }

    @Test
    void listsEachStoryOnceWithItsCopiesEarliestFirstAndTheirSources() {
        var result = mvc.get().uri("/api/stories?source=wire").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(1);
        assertThat(result).bodyJson().extractingPath("$.stories[0].storyId").isEqualTo("wire-1");
        assertThat(result).bodyJson().extractingPath("$.stories[0].copies").isEqualTo(3);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.stories[0].articles[*].source")
                .asArray()
                .containsExactly("herald", "wire", "daily");
        assertThat(result).bodyJson().extractingPath("$.stories[0].firstSeen").isEqualTo("2024-05-06T11:50:00Z");
    }

    @Test
    void findsAStoryByAnyOfItsCopiesAndListsThemAll() {
        var result = mvc.get().uri("/api/stories?source=daily").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(2);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.stories[*].storyId")
                .asArray()
                .containsExactly("daily-9", "wire-1");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.stories[1].articles[*].source")
                .asArray()
                .containsExactly("herald", "wire", "daily");
    }

    @Test
    void pagesThroughStoriesNotArticles() {
        var result = mvc.get().uri("/api/stories?size=1&page=1").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(2);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.stories[*].storyId")
                .asArray()
                .containsExactly("wire-1");
    }

    @Test
    void countsAStorysEntitiesByTheCopiesThatMentionThem() {
        var result = mvc.get().uri("/api/stories/wire-1").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyJson()
                .extractingPath("$.entities[*].id")
                .asArray()
                .containsExactly("person:sergei-lavrov", "country:RU", "location:geneva-ch");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.entities[*].copies")
                .asArray()
                .containsExactly(3, 2, 1);
    }

    @Test
    void listsStoriesNewestFirstOneEntryPerStory() {
        assertThat(mvc.get().uri("/api/stories"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.stories[*].storyId")
                .asArray()
                .containsExactly("daily-9", "wire-1");
    }

    @Test
    void answers404ForAStoryNoArticleIsIn() {
        assertThat(mvc.get().uri("/api/stories/nothing-here"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .isStrictlyEqualTo("{\"message\": \"no story with id nothing-here\"}");
    }

    @Test
    void answers400ForAParameterItDoesNotTake() {
        assertThat(mvc.get().uri("/api/stories?contry=RU"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.message")
                .asString()
                .startsWith("unknown parameter 'contry'");
    }
}
