package newsflow.index.store.lucene;

import static newsflow.index.TestArticles.article;
import static newsflow.index.TestArticles.retraction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.EntityType;
import newsflow.index.TestArticles;
import newsflow.index.store.ArticleHit;
import newsflow.index.store.ArticleQuery;
import newsflow.index.store.InvalidQueryException;
import newsflow.index.store.SearchPage;
import newsflow.index.store.WriteResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneArticleStoreTests {

    @TempDir
    Path folder;

    private LuceneArticleStore store;

    @BeforeEach
    void open() {
        store = LuceneArticleStore.open(folder);
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    @Test
    void findsAnArticleItStored() {
        ArticleEnriched article = article("demo-1").build();

        assertThat(store.upsert(article)).isEqualTo(WriteResult.WRITTEN);

        assertThat(store.find("demo-1")).contains(article);
        assertThat(store.find("demo-unknown")).isEmpty();
    }

    @Test
    void aRedeliveredArticleChangesNothing() {
        ArticleEnriched article = article("demo-1").build();
        store.upsert(article);

        assertThat(store.upsert(article)).isEqualTo(WriteResult.IGNORED_STALE);

        assertThat(store.find("demo-1")).contains(article);
        assertThat(store.search(ArticleQuery.everything()).total()).isEqualTo(1);
    }

    @Test
    void replacesAnArticleWithItsNewerVersion() {
        store.upsert(article("demo-1").version(1).build());
        ArticleEnriched update = article("demo-1").version(2).title("Updated headline").build();

        assertThat(store.upsert(update)).isEqualTo(WriteResult.WRITTEN);

        assertThat(store.find("demo-1")).contains(update);
        assertThat(store.search(ArticleQuery.everything()).total()).isEqualTo(1);
    }

    @Test
    void ignoresAnOlderVersionOfAnArticle() {
        ArticleEnriched newer = article("demo-1").version(2).title("Newer headline").build();
        store.upsert(newer);

        assertThat(store.upsert(article("demo-1").version(1).build())).isEqualTo(WriteResult.IGNORED_STALE);

        assertThat(store.find("demo-1")).contains(newer);
    }

    @Test
    void aRetractionDeletesTheArticle() {
        store.upsert(article("demo-1").version(2).build());

        assertThat(store.retract(retraction("demo-1", 2))).isEqualTo(WriteResult.WRITTEN);

        assertThat(store.find("demo-1")).isEmpty();
        assertThat(store.search(ArticleQuery.everything().withEntity(TestArticles.LAVROV.id())).hits()).isEmpty();
    }

    @Test
    void aLateOlderVersionDoesNotBringBackARetractedArticle() {
        store.upsert(article("demo-1").version(2).build());
        store.retract(retraction("demo-1", 2));

        assertThat(store.upsert(article("demo-1").version(1).build())).isEqualTo(WriteResult.IGNORED_STALE);
        assertThat(store.upsert(article("demo-1").version(2).build())).isEqualTo(WriteResult.IGNORED_STALE);
        assertThat(store.retract(retraction("demo-1", 2))).isEqualTo(WriteResult.IGNORED_STALE);

        assertThat(store.find("demo-1")).isEmpty();
        assertThat(store.search(ArticleQuery.everything()).total()).isZero();
    }

    @Test
    void aNewerVersionAfterARetractionRepublishesTheArticle() {
        store.upsert(article("demo-1").version(2).build());
        store.retract(retraction("demo-1", 2));
        ArticleEnriched republished = article("demo-1").version(3).build();

        assertThat(store.upsert(republished)).isEqualTo(WriteResult.WRITTEN);

        assertThat(store.find("demo-1")).contains(republished);
    }

    @Test
    void remembersTheRetractionOfAnArticleItHasNotSeen() {
        assertThat(store.retract(retraction("demo-1", 5))).isEqualTo(WriteResult.WRITTEN);

        assertThat(store.upsert(article("demo-1").version(4).build())).isEqualTo(WriteResult.IGNORED_STALE);
        assertThat(store.find("demo-1")).isEmpty();
    }

    @Test
    void ignoresARetractionOlderThanTheStoredArticle() {
        ArticleEnriched article = article("demo-1").version(3).build();
        store.upsert(article);

        assertThat(store.retract(retraction("demo-1", 2))).isEqualTo(WriteResult.IGNORED_STALE);

        assertThat(store.find("demo-1")).contains(article);
    }

    @Test
    void findsArticlesByEntityId() {
        store.upsert(article("demo-lavrov").entities(TestArticles.LAVROV).build());
        store.upsert(article("demo-un").entities(TestArticles.UN).build());

        assertThat(ids(store.search(ArticleQuery.everything().withEntity("person:sergei-lavrov"))))
                .containsExactly("demo-lavrov");
    }

    @Test
    void findsArticlesByEntityType() {
        store.upsert(article("demo-person").entities(TestArticles.LAVROV).build());
        store.upsert(article("demo-location").entities(TestArticles.GENEVA).build());

        assertThat(ids(store.search(ArticleQuery.everything().withType(EntityType.LOCATION))))
                .containsExactly("demo-location");
    }

    @Test
    void findsArticlesByCountry() {
        store.upsert(article("demo-ru").entities(TestArticles.RUSSIA, TestArticles.LAVROV).build());
        store.upsert(article("demo-dk").entities(TestArticles.DENMARK).build());

        assertThat(ids(store.search(ArticleQuery.everything().withCountry("country:DK"))))
                .containsExactly("demo-dk");
    }

    @Test
    void combinesCriteria() {
        store.upsert(article("demo-ru-person").entities(TestArticles.RUSSIA, TestArticles.LAVROV).build());
        store.upsert(article("demo-ru").entities(TestArticles.RUSSIA).build());
        store.upsert(article("demo-person").entities(TestArticles.LAVROV).build());

        var query = ArticleQuery.everything().withCountry("country:RU").withType(EntityType.PERSON);

        assertThat(ids(store.search(query))).containsExactly("demo-ru-person");
    }

    @Test
    void findsArticlesByWordsOfTheirBody() {
        store.upsert(article("demo-walkout").body("Delegates staged a walkout in protest.").build());
        store.upsert(article("demo-rates").body("The central bank raised interest rates.").build());

        assertThat(ids(store.search(ArticleQuery.everything().withText("walkout")))).containsExactly("demo-walkout");
        assertThat(ids(store.search(ArticleQuery.everything().withText("Central BANK")))).containsExactly("demo-rates");
    }

    @Test
    void doesNotFindWordsThatAreOnlyInBoilerplate() {
        store.upsert(article("demo-1").boilerplate("Read more: horoscopes for Tuesday").build());

        assertThat(store.search(ArticleQuery.everything().withText("horoscopes")).hits()).isEmpty();
        assertThat(store.search(ArticleQuery.everything().withText("diplomats")).hits()).hasSize(1);
    }

    @Test
    void ranksTheBestMatchFirstWhenSearchingText() {
        store.upsert(article("demo-passing").publishedAt(Instant.parse("2024-01-02T00:00:00Z"))
                .body("A long report on trade, budgets, farming, weather and, in passing, a sanction.").build());
        store.upsert(article("demo-about").publishedAt(Instant.parse("2024-01-01T00:00:00Z"))
                .title("Sanction after sanction").body("The sanction list grows: another sanction.").build());

        assertThat(ids(store.search(ArticleQuery.everything().withText("sanction"))))
                .containsExactly("demo-about", "demo-passing");
    }

    @Test
    void pagesThroughArticlesNewestFirst() {
        for (int day = 1; day <= 5; day++) {
            store.upsert(article("demo-" + day).publishedAt(Instant.parse("2024-01-0" + day + "T12:00:00Z")).build());
        }

        SearchPage first = store.search(ArticleQuery.everything().withPage(0, 2));
        SearchPage last = store.search(ArticleQuery.everything().withPage(2, 2));

        assertThat(first.total()).isEqualTo(5);
        assertThat(ids(first)).containsExactly("demo-5", "demo-4");
        assertThat(ids(store.search(ArticleQuery.everything().withPage(1, 2)))).containsExactly("demo-3", "demo-2");
        assertThat(ids(last)).containsExactly("demo-1");
        assertThat(last.page()).isEqualTo(2);
        assertThat(last.size()).isEqualTo(2);
    }

    @Test
    void sortsAnArticleWithoutPublicationTimeByWhenItWasIngested() {
        store.upsert(article("demo-old").publishedAt(Instant.parse("2024-01-01T00:00:00Z")).build());
        store.upsert(article("demo-undated").publishedAt(null).ingestedAt(Instant.parse("2024-06-01T00:00:00Z"))
                .build());

        assertThat(ids(store.search(ArticleQuery.everything()))).containsExactly("demo-undated", "demo-old");
    }

    @Test
    void describesEachHitWithItsEntities() {
        store.upsert(article("demo-1").entities(TestArticles.LAVROV).build());

        ArticleHit hit = store.search(ArticleQuery.everything()).hits().get(0);

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
    void refusesQueryTextItCannotParse() {
        assertThatExceptionOfType(InvalidQueryException.class)
                .isThrownBy(() -> store.search(ArticleQuery.everything().withText("walkout AND (")))
                .withMessageStartingWith("q is not a valid query");
    }

    @Test
    void keepsArticlesAndRetractionsWhenReopenedOnTheSameFolder() throws IOException {
        ArticleEnriched kept = article("demo-kept").build();
        store.upsert(kept);
        store.upsert(article("demo-retracted").version(2).build());
        store.retract(retraction("demo-retracted", 2));
        store.close();

        store = LuceneArticleStore.open(folder);

        assertThat(store.find("demo-kept")).contains(kept);
        assertThat(store.upsert(article("demo-retracted").version(1).build())).isEqualTo(WriteResult.IGNORED_STALE);
        assertThat(ids(store.search(ArticleQuery.everything()))).containsExactly("demo-kept");
    }

    @Test
    void isWritableWhileOpenAndNotOnceClosed() throws IOException {
        store.upsert(article("demo-1").build());

        assertThat(store.status().writable()).isTrue();
        assertThat(store.status().details()).containsEntry("articles", 1);

        store.close();

        assertThat(store.status().writable()).isFalse();
    }

    private static List<String> ids(SearchPage page) {
        return page.hits().stream().map(ArticleHit::articleId).toList();
    }
}
