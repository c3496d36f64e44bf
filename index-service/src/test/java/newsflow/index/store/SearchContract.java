package newsflow.index.store;

import static newsflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import newsflow.contract.EntityType;
import newsflow.index.TestArticles;
import newsflow.index.store.search.ArticleHit;
import newsflow.index.store.search.ArticleQuery;
import newsflow.index.store.search.ArticleSort;
import newsflow.index.store.search.EntitySummary;
import newsflow.index.store.search.SearchPage;
import org.junit.jupiter.api.Test;

/** The searches every {@link ArticleStore} must answer alike: filters, text, time windows, orders, snippets. */
interface SearchContract {

    ArticleStore store();

    static List<String> ids(SearchPage page) {
        return page.hits().stream().map(ArticleHit::articleId).toList();
    }

    @Test
    default void findsArticlesByEntityId() {
        store().upsert(article("demo-lavrov").entities(TestArticles.LAVROV).build());
        store().upsert(article("demo-un").entities(TestArticles.UN).build());

        assertThat(ids(store().search(ArticleQuery.everything().withEntity("person:sergei-lavrov"))))
                .containsExactly("demo-lavrov");
    }

    @Test
    default void givesEachEntityOfAHitItsWikidataIdWhereItHasOne() {
        store().upsert(article("demo-ru")
                .entities(TestArticles.RUSSIA, TestArticles.LAVROV)
                .build());

        assertThat(store().search(ArticleQuery.everything()).hits())
                .singleElement()
                .satisfies(hit -> assertThat(hit.entities())
                        .extracting(EntitySummary::id, EntitySummary::wikidataId)
                        .containsExactly(tuple("country:RU", "Q159"), tuple("person:sergei-lavrov", null)));
    }

    @Test
    default void findsArticlesByEntityType() {
        store().upsert(article("demo-person").entities(TestArticles.LAVROV).build());
        store().upsert(article("demo-location").entities(TestArticles.GENEVA).build());

        assertThat(ids(store().search(ArticleQuery.everything().withType(EntityType.LOCATION))))
                .containsExactly("demo-location");
    }

    @Test
    default void findsArticlesByCountry() {
        store().upsert(article("demo-ru")
                .entities(TestArticles.RUSSIA, TestArticles.LAVROV)
                .build());
        store().upsert(article("demo-dk").entities(TestArticles.DENMARK).build());

        assertThat(ids(store().search(ArticleQuery.everything().withCountry("country:DK"))))
                .containsExactly("demo-dk");
    }

    @Test
    default void findsArticlesByPublisherAndLanguage() {
        store().upsert(article("demo-en").build());
        store().upsert(article("wire-en").source("wire").build());
        store().upsert(article("wire-fr").source("wire").language("fr").build());

        assertThat(ids(store().search(
                                ArticleQuery.everything().withSource("wire").withLanguage("en"))))
                .containsExactly("wire-en");
    }

    @Test
    default void combinesCriteria() {
        store().upsert(article("demo-ru-person")
                .entities(TestArticles.RUSSIA, TestArticles.LAVROV)
                .build());
        store().upsert(article("demo-ru").entities(TestArticles.RUSSIA).build());
        store().upsert(article("demo-person").entities(TestArticles.LAVROV).build());

        var query = ArticleQuery.everything().withCountry("country:RU").withType(EntityType.PERSON);

        assertThat(ids(store().search(query))).containsExactly("demo-ru-person");
    }

    @Test
    default void doesNotFindAnArticleByAnEntityOnlyInItsBoilerplate() {
        store().upsert(article("demo-1")
                .entities(
                        TestArticles.RUSSIA,
                        TestArticles.inBoilerplateOnly("org:connect-club", EntityType.ORGANIZATION, "Connect Club"))
                .build());

        assertThat(store().search(ArticleQuery.everything().withEntity("org:connect-club"))
                        .total())
                .isZero();
        assertThat(store().search(ArticleQuery.everything().withType(EntityType.ORGANIZATION))
                        .total())
                .isZero();
        assertThat(store().search(ArticleQuery.everything()).hits().get(0).entities())
                .extracting(EntitySummary::id)
                .containsExactly("country:RU");
    }

    @Test
    default void findsArticlesByWordsOfTheirBody() {
        store().upsert(article("demo-walkout")
                .body("Delegates staged a walkout in protest.")
                .build());
        store().upsert(article("demo-rates")
                .body("The central bank raised interest rates.")
                .build());

        assertThat(ids(store().search(ArticleQuery.everything().withText("walkout"))))
                .containsExactly("demo-walkout");
        assertThat(ids(store().search(ArticleQuery.everything().withText("Central BANK"))))
                .containsExactly("demo-rates");
    }

    @Test
    default void doesNotFindWordsThatAreOnlyInBoilerplate() {
        store().upsert(article("demo-1")
                .boilerplate("Read more: horoscopes for Tuesday")
                .build());

        assertThat(store().search(ArticleQuery.everything().withText("horoscopes"))
                        .hits())
                .isEmpty();
        assertThat(store().search(ArticleQuery.everything().withText("diplomats"))
                        .hits())
                .hasSize(1);
    }

    @Test
    default void ranksTheBestMatchFirstWhenSearchingText() {
        store().upsert(article("demo-passing")
                .publishedAt(Instant.parse("2024-01-02T00:00:00Z"))
                .body("A long report on trade, budgets, farming, weather and, in passing, a sanction.")
                .build());
        store().upsert(article("demo-about")
                .publishedAt(Instant.parse("2024-01-01T00:00:00Z"))
                .title("Sanction after sanction")
                .body("The sanction list grows: another sanction.")
                .build());

        assertThat(ids(store().search(ArticleQuery.everything().withText("sanction"))))
                .containsExactly("demo-about", "demo-passing");
        assertThat(ids(store().search(
                                ArticleQuery.everything().withText("sanction").withSort(ArticleSort.NEWEST))))
                .containsExactly("demo-passing", "demo-about");
    }

    @Test
    default void findsArticlesPublishedInATimeWindow() {
        for (int day = 1; day <= 5; day++) {
            store().upsert(article("demo-" + day)
                    .publishedAt(Instant.parse("2024-01-0" + day + "T12:00:00Z"))
                    .build());
        }

        var window = new TimeWindow(Instant.parse("2024-01-02T12:00:00Z"), Instant.parse("2024-01-04T12:00:00Z"));

        assertThat(ids(store().search(ArticleQuery.everything().withWindow(window))))
                .containsExactly("demo-3", "demo-2");
        assertThat(ids(store().search(ArticleQuery.everything().withWindow(new TimeWindow(null, window.from())))))
                .containsExactly("demo-1");
    }

    @Test
    default void pagesThroughArticlesNewestOrOldestFirst() {
        for (int day = 1; day <= 5; day++) {
            store().upsert(article("demo-" + day)
                    .publishedAt(Instant.parse("2024-01-0" + day + "T12:00:00Z"))
                    .build());
        }

        SearchPage first = store().search(ArticleQuery.everything().withPage(0, 2));
        SearchPage last = store().search(ArticleQuery.everything().withPage(2, 2));

        assertThat(first.total()).isEqualTo(5);
        assertThat(ids(first)).containsExactly("demo-5", "demo-4");
        assertThat(ids(store().search(ArticleQuery.everything().withPage(1, 2))))
                .containsExactly("demo-3", "demo-2");
        assertThat(ids(last)).containsExactly("demo-1");
        assertThat(last.page()).isEqualTo(2);
        assertThat(ids(store().search(ArticleQuery.everything()
                        .withSort(ArticleSort.OLDEST)
                        .withPage(0, 2))))
                .containsExactly("demo-1", "demo-2");
    }

    @Test
    default void sortsAnArticleWithoutPublicationTimeByWhenItWasIngested() {
        store().upsert(article("demo-old")
                .publishedAt(Instant.parse("2024-01-01T00:00:00Z"))
                .build());
        store().upsert(article("demo-undated")
                .publishedAt(null)
                .ingestedAt(Instant.parse("2024-06-01T00:00:00Z"))
                .build());

        assertThat(ids(store().search(ArticleQuery.everything()))).containsExactly("demo-undated", "demo-old");
    }

    @Test
    default void describesEachHitWithItsEntities() {
        store().upsert(article("demo-1").entities(TestArticles.LAVROV).build());

        ArticleHit hit = store().search(ArticleQuery.everything()).hits().get(0);

        assertThat(hit.articleId()).isEqualTo("demo-1");
        assertThat(hit.source()).isEqualTo("demo");
        assertThat(hit.publishedAt()).isEqualTo(Instant.parse("2022-03-01T10:15:00Z"));
        assertThat(hit.entities()).singleElement().satisfies(entity -> {
            assertThat(entity.id()).isEqualTo("person:sergei-lavrov");
            assertThat(entity.type()).isEqualTo(EntityType.PERSON);
            assertThat(entity.name()).isEqualTo("Sergei Lavrov");
        });
    }

    @Test
    default void marksTheMatchedWordsInTheSnippetOfEachHit() {
        store().upsert(article("demo-1")
                .body("Dozens of diplomats staged a walkout as the minister spoke.")
                .build());

        String snippet = store().search(ArticleQuery.everything().withText("walkout"))
                .hits()
                .get(0)
                .snippet();

        assertThat(snippet).contains("staged a <mark>walkout</mark> as the minister");
    }

    @Test
    default void escapesTheTextOfSnippetsForHtml() {
        store().upsert(article("demo-1")
                .body("Delegates wrote <b>walkout</b> & \"left\" the room.")
                .build());

        String snippet = store().search(ArticleQuery.everything().withText("delegates"))
                .hits()
                .get(0)
                .snippet();

        assertThat(snippet).contains("&lt;b&gt;walkout&lt;").contains("&amp;").doesNotContain("<b>");
    }

    @Test
    default void showsTheOpeningOfTheArticleAsTheSnippetOfAHitWithoutText() {
        store().upsert(article("demo-1").build());

        assertThat(store().search(ArticleQuery.everything()).hits().get(0).snippet())
                .isEqualTo("The minister blamed EU states for blocking his flight.");
    }

    @Test
    default void refusesQueryTextItCannotParse() {
        store().upsert(article("demo-1").build());

        assertThatExceptionOfType(InvalidQueryException.class)
                .isThrownBy(() -> store().search(ArticleQuery.everything().withText("walkout AND (")))
                .withMessageStartingWith("q is not a valid query");
    }
}
