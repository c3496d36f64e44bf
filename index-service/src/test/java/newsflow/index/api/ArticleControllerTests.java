package newsflow.index.api;

import static newsflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.EntityType;
import newsflow.contract.EventJson;
import newsflow.index.TestArticles;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.lucene.LuceneArticleStore;
import newsflow.support.web.EventJsonWebAutoConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The real controllers over a real Lucene store in a folder of its own. */
@WebMvcTest({ArticleController.class, EntityController.class})
@Import({EventJsonWebAutoConfiguration.class, ArticleControllerTests.LuceneStore.class})
class ArticleControllerTests {

    private static final ArticleEnriched RUSSIAN_SPEECH = article("demo-ru")
            .publishedAt(Instant.parse("2024-01-02T09:00:00Z"))
            .body("Diplomats staged a walkout during the speech.")
            .entities(TestArticles.RUSSIA, TestArticles.LAVROV)
            .build();
    private static final ArticleEnriched DANISH_RATES = article("demo-dk")
            .publishedAt(Instant.parse("2024-01-03T09:00:00Z"))
            .title("Danish central bank follows the ECB")
            .body("The central bank raised its rates in Copenhagen and Geneva watched.")
            .entities(TestArticles.DENMARK, TestArticles.GENEVA)
            .build();

    private final MockMvcTester mvc;
    private final ArticleStore store;

    ArticleControllerTests(@Autowired MockMvcTester mvc, @Autowired ArticleStore store) {
        this.mvc = mvc;
        this.store = store;
    }

    @BeforeEach
    void storeArticles() {
        store.upsert(RUSSIAN_SPEECH);
        store.upsert(DANISH_RATES);
    }

    @Test
    void returnsAnArticleAsTheSameJsonAsOnTheTopic() {
        MvcTestResult result = mvc.get().uri("/api/articles/demo-ru").exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyText().isEqualTo(EventJson.mapper().writeValueAsString(RUSSIAN_SPEECH));
        assertThat(result).bodyJson().extractingPath("$.publishedAt").isEqualTo("2024-01-02T09:00:00Z");
    }

    @Test
    void leavesOutFieldsAnArticleDoesNotHave() {
        var withoutWikidataId = TestArticles.entity("person:jeppe-kofod", EntityType.PERSON, "Jeppe Kofod", "Kofod");
        store.upsert(article("demo-undated")
                .publishedAt(null)
                .entities(withoutWikidataId)
                .build());

        MvcTestResult result = mvc.get().uri("/api/articles/demo-undated").exchange();

        assertThat(result).hasStatusOk().bodyJson().doesNotHavePath("$.publishedAt");
        assertThat(result).bodyJson().extractingPath("$.entities[0].id").isEqualTo("person:jeppe-kofod");
        assertThat(result).bodyJson().doesNotHavePath("$.entities[0].wikidataId");
    }

    @Test
    void answers404WithAMessageForAnUnknownArticle() {
        assertThat(mvc.get().uri("/api/articles/demo-unknown"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .isStrictlyEqualTo("{\"message\": \"no article with id demo-unknown\"}");
    }

    @Test
    void answersASearchWithTotalPageSizeAndHits() {
        assertThat(mvc.get().uri("/api/articles?entity=person:sergei-lavrov"))
                .hasStatusOk()
                .bodyJson()
                .isStrictlyEqualTo("""
                        {"total": 1, "page": 0, "size": 20, "hits": [{
                          "articleId": "demo-ru", "version": 1, "source": "demo",
                          "url": "https://demo.newsflow.dev/world/demo-ru",
                          "title": "Diplomats walk out during Russian speech at the UN",
                          "publishedAt": "2024-01-02T09:00:00Z", "language": "en",
                          "snippet": "The minister blamed EU states for blocking his flight.",
                          "entities": [
                            {"id": "country:RU", "type": "COUNTRY", "name": "Russia", "wikidataId": "Q159",
                             "salience": 0.5},
                            {"id": "person:sergei-lavrov", "type": "PERSON", "name": "Sergei Lavrov", "salience": 0.5}
                          ],
                          "storyId": "demo-ru"}]}""");
    }

    @Test
    void listsArticlesNewestFirst() {
        assertThat(mvc.get().uri("/api/articles?size=2"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.hits[*].articleId")
                .asArray()
                .startsWith("demo-dk");
    }

    @ParameterizedTest
    @CsvSource({
        "country=DK",
        "country=country:DK",
        "country=dk",
        "type=location",
        "type=LOCATION",
        "q=central bank",
        "q=copenhagen AND geneva"
    })
    void findsTheDanishArticleBy(String parameter) {
        String[] nameAndValue = parameter.split("=", 2);

        assertThat(mvc.get().uri("/api/articles").param(nameAndValue[0], nameAndValue[1]))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.hits[*].articleId")
                .asArray()
                .containsExactly("demo-dk");
    }

    @Test
    void highlightsTheWordsOfQInEachSnippet() {
        assertThat(mvc.get().uri("/api/articles?q=walkout"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.hits[0].snippet")
                .asString()
                .contains("staged a <mark>walkout</mark> during");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "from=2024-01-03                                   | demo-dk",
                "from=2023-12-31&to=2024-01-02                     | demo-ru",
                "from=2024-01-02T09:00:00Z&to=2024-01-03T09:00:00Z | demo-ru",
                "from=2023-12-31&sort=oldest                       | demo-ru,demo-dk",
                "from=2023-12-31&sort=OLDEST&q=bank OR walkout     | demo-ru,demo-dk"
            })
    void filtersAndSortsByPublicationTime(String parameters, String articleIds) {
        assertThat(mvc.get().uri("/api/articles?" + parameters))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.hits[*].articleId")
                .asArray()
                .containsExactly((Object[]) articleIds.split(","));
    }

    @Test
    void takesInstantsWithAnOffset() {
        assertThat(mvc.get()
                        .uri("/api/articles")
                        .param("from", "2024-01-02T10:00:00+01:00")
                        .param("to", "2024-01-02T10:00:01+01:00"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.hits[*].articleId")
                .asArray()
                .containsExactly("demo-ru");
    }

    @Test
    void combinesFilters() {
        assertThat(mvc.get().uri("/api/articles?country=RU&type=LOCATION"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "q=walkout AND (  | q is not a valid query",
                "type=planet      | type must be one of PERSON, ORGANIZATION, COUNTRY, LOCATION, not 'planet'",
                "country=Russia   | country must be an ISO 3166-1 alpha-2 code",
                "size=101         | size must be between 1 and 100, not 101",
                "size=0           | size must be between 1 and 100, not 0",
                "page=-1          | page must be 0 or more, not -1",
                "page=first       | page must be a whole number, not 'first'",
                "page=500         | results are available up to the 10000th",
                "sort=random      | sort must be one of NEWEST, OLDEST, RELEVANCE, not 'random'",
                "from=yesterday   | from must be an ISO-8601 date such as 2024-03-01",
                "to=2024-02-30    | to must be an ISO-8601 date",
                "contry=RU        | unknown parameter 'contry'; this endpoint takes country, entity, from,"
            })
    void answers400WithAMessageForABadSearch(String parameter, String message) {
        String[] nameAndValue = parameter.split("=", 2);

        MvcTestResult result = mvc.get()
                .uri("/api/articles")
                .param(nameAndValue[0], nameAndValue[1])
                .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.message").asString().startsWith(message);
        assertThat(result).bodyJson().doesNotHavePath("$.trace");
    }

    @Test
    void refusesAWindowThatEndsBeforeItStarts() {
        assertThat(mvc.get().uri("/api/articles?from=2024-02-01&to=2024-01-01"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.message")
                .asString()
                .startsWith("from must be before to");
    }

    @Test
    void countsTheTopEntitiesOfATimeWindow() {
        assertThat(mvc.get().uri("/api/entities/top?from=2024-01-02&to=2024-01-02"))
                .hasStatusOk()
                .bodyJson()
                .isStrictlyEqualTo("""
                        [{"id": "country:RU", "type": "COUNTRY", "name": "Russia", "wikidataId": "Q159", "articles": 1,
                          "stories": 1},
                         {"id": "person:sergei-lavrov", "type": "PERSON", "name": "Sergei Lavrov", "articles": 1,
                          "stories": 1}]""");
        assertThat(mvc.get().uri("/api/entities/top?type=location&limit=1"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].id")
                .asArray()
                .containsExactly("location:geneva-ch");
    }

    @Test
    void profilesAnEntity() {
        MvcTestResult result = mvc.get().uri("/api/entities/country:RU").exchange();

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo("Russia");
        assertThat(result).bodyJson().extractingPath("$.articles").isEqualTo(1);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.perDay")
                .isEqualTo(java.util.List.of(java.util.Map.of("date", "2024-01-02", "articles", 1)));
        assertThat(result).bodyJson().extractingPath("$.coOccurring[0].id").isEqualTo("person:sergei-lavrov");
        assertThat(result).bodyJson().extractingPath("$.latest[0].articleId").isEqualTo("demo-ru");
    }

    @Test
    void givesAProfiledEntityAndTheEntitiesItSharesArticlesWithTheirWikidataIdsWhereTheyHaveOne() {
        MvcTestResult russia = mvc.get().uri("/api/entities/country:RU").exchange();
        MvcTestResult lavrov =
                mvc.get().uri("/api/entities/person:sergei-lavrov").exchange();

        assertThat(russia)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.wikidataId")
                .isEqualTo("Q159");
        assertThat(russia).bodyJson().extractingPath("$.coOccurring[0].id").isEqualTo("person:sergei-lavrov");
        assertThat(russia).bodyJson().doesNotHavePath("$.coOccurring[0].wikidataId");
        assertThat(russia)
                .bodyJson()
                .extractingPath("$.latest[0].entities[0].wikidataId")
                .isEqualTo("Q159");
        assertThat(lavrov).hasStatusOk().bodyJson().doesNotHavePath("$.wikidataId");
        assertThat(lavrov)
                .bodyJson()
                .extractingPath("$.coOccurring[0].wikidataId")
                .isEqualTo("Q159");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/entities/top?type=planet   | 400 | type must be one of PERSON, ORGANIZATION, COUNTRY, LOCATION",
                "/api/entities/top?limit=101     | 400 | limit must be between 1 and 100, not 101",
                "/api/entities/top?limit=many    | 400 | limit must be a whole number, not 'many'",
                "/api/entities/top?from=2024-13  | 400 | from must be an ISO-8601 date",
                "/api/entities/top?q=walkout     | 400 | unknown parameter 'q'",
                "/api/entities/top?count=words   | 400 | count must be one of STORIES, COPIES, not 'words'",
                "/api/entities/person:nobody     | 404 | no article mentions entity person:nobody"
            })
    void answersBadEntityRequestsWithAMessage(String uri, int status, String message) {
        MvcTestResult result = mvc.get().uri(uri).exchange();

        assertThat(result).hasStatus(status);
        assertThat(result).bodyJson().extractingPath("$.message").asString().startsWith(message);
    }

    @Test
    void answersAnUnknownPathWithAMessage() {
        assertThat(mvc.get().uri("/api/nothing-here"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .hasPath("$.message");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class LuceneStore {

        @Bean(destroyMethod = "close")
        LuceneArticleStore luceneArticleStore() {
            return LuceneArticleStore.open(Path.of("target", "test-indexes", "api-" + UUID.randomUUID()));
        }
    }
}
