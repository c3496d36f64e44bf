package newsflow.index.store;

import static newsflow.index.TestArticles.article;
import static newsflow.index.TestArticles.retraction;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.EventJson;
import newsflow.index.TestArticles;
import newsflow.index.store.search.ArticleQuery;
import newsflow.index.store.search.SearchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ArticleStore} adapter must do, run against each real store by a subclass: version-checked
 * writes, batches, searches, snippets and entity counts. Each test has a store (a folder, an index) of its own.
 */
public abstract class ArticleStoreContractTests implements SearchContract, EntityCountContract, StoryContract {

    protected ArticleStore store;

    /** A new, empty store of the adapter under test. */
    protected abstract ArticleStore openStore();

    /** The same store opened anew, as after a restart of the service. */
    protected abstract ArticleStore reopenStore();

    protected abstract void closeStore() throws Exception;

    @Override
    public ArticleStore store() {
        return store;
    }

    @BeforeEach
    void open() {
        store = openStore();
    }

    @AfterEach
    void close() throws Exception {
        closeStore();
    }

    @Test
    void findsAnArticleItStored() {
        ArticleEnriched article = article("demo-1").build();

        assertThat(store.upsert(article)).isEqualTo(WriteResult.WRITTEN);

        assertThat(store.find("demo-1")).contains(article);
        assertThat(store.find("demo-unknown")).isEmpty();
    }

    @Test
    void findsAnArticleItWasGivenWithTheJsonItArrivedIn() {
        ArticleEnriched article = article("demo-json").build();
        byte[] json = EventJson.mapper().writeValueAsBytes(article);

        assertThat(store.write(List.of(ArticleChange.publish(article, json)))).containsExactly(WriteResult.WRITTEN);

        assertThat(store.find("demo-json")).contains(article);
        assertThat(store.search(ArticleQuery.everything()
                                .withEntity(article.entities().get(0).id()))
                        .total())
                .isEqualTo(1);
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
        ArticleEnriched update =
                article("demo-1").version(2).title("Updated headline").build();

        assertThat(store.upsert(update)).isEqualTo(WriteResult.WRITTEN);

        assertThat(store.find("demo-1")).contains(update);
        assertThat(store.search(ArticleQuery.everything()).total()).isEqualTo(1);
    }

    @Test
    void ignoresAnOlderVersionOfAnArticle() {
        ArticleEnriched newer =
                article("demo-1").version(2).title("Newer headline").build();
        store.upsert(newer);

        assertThat(store.upsert(article("demo-1").version(1).build())).isEqualTo(WriteResult.IGNORED_STALE);

        assertThat(store.find("demo-1")).contains(newer);
    }

    @Test
    void replacesAnArticleWithANewerEnrichmentOfTheSameVersion() {
        store.upsert(article("demo-1").version(2).enrichmentRevision(1).build());
        ArticleEnriched retagged = article("demo-1")
                .version(2)
                .enrichmentRevision(2)
                .entities(TestArticles.LAVROV)
                .build();

        assertThat(store.upsert(retagged)).isEqualTo(WriteResult.WRITTEN);

        assertThat(store.find("demo-1")).contains(retagged);
        assertThat(store.search(ArticleQuery.everything()).total()).isEqualTo(1);
    }

    @Test
    void keepsTheNewestEnrichmentOfTheNewestVersion() {
        ArticleEnriched newest =
                article("demo-1").version(3).enrichmentRevision(1).build();
        store.upsert(article("demo-1").version(2).enrichmentRevision(2).build());
        store.upsert(newest);

        assertThat(store.upsert(
                        article("demo-1").version(2).enrichmentRevision(3).build()))
                .as("a re-tag of an older version")
                .isEqualTo(WriteResult.IGNORED_STALE);
        assertThat(store.upsert(
                        article("demo-1").version(3).enrichmentRevision(0).build()))
                .as("an older enrichment of the newest version")
                .isEqualTo(WriteResult.IGNORED_STALE);
        assertThat(store.upsert(newest)).as("the same enrichment again").isEqualTo(WriteResult.IGNORED_STALE);

        assertThat(store.find("demo-1")).contains(newest);
    }

    @Test
    void aRetractionRemovesEveryEnrichmentOfItsVersion() {
        store.upsert(article("demo-1").version(2).enrichmentRevision(1).build());
        store.retract(retraction("demo-1", 2));

        assertThat(store.upsert(article("demo-1")
                        .version(2)
                        .enrichmentRevision(ArticleEnriched.MAX_ENRICHMENT_REVISION)
                        .build()))
                .isEqualTo(WriteResult.IGNORED_STALE);

        assertThat(store.find("demo-1")).isEmpty();
    }

    @Test
    void aRetractionDeletesTheArticle() {
        store.upsert(article("demo-1").version(2).build());

        assertThat(store.retract(retraction("demo-1", 2))).isEqualTo(WriteResult.WRITTEN);

        assertThat(store.find("demo-1")).isEmpty();
        assertThat(store.search(ArticleQuery.everything().withEntity(TestArticles.LAVROV.id()))
                        .hits())
                .isEmpty();
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
    void appliesTheChangesOfABatchInOrder() {
        ArticleEnriched republished = article("demo-1").version(3).build();

        List<WriteResult> results = store.write(List.of(
                ArticleChange.publish(article("demo-1").version(1).build()),
                ArticleChange.retract(retraction("demo-1", 2)),
                ArticleChange.publish(article("demo-1").version(2).build()),
                ArticleChange.publish(republished),
                ArticleChange.publish(article("demo-2").build())));

        assertThat(results)
                .containsExactly(
                        WriteResult.WRITTEN,
                        WriteResult.WRITTEN,
                        WriteResult.IGNORED_STALE,
                        WriteResult.WRITTEN,
                        WriteResult.WRITTEN);
        assertThat(store.find("demo-1")).contains(republished);
        assertThat(store.search(ArticleQuery.everything()).total()).isEqualTo(2);
    }

    @Test
    void aRedeliveredBatchChangesNothing() {
        List<ArticleChange> batch = List.of(
                ArticleChange.publish(article("demo-1").version(2).build()),
                ArticleChange.retract(retraction("demo-2", 1)),
                ArticleChange.publish(article("demo-3").build()));
        store.write(batch);

        assertThat(store.write(batch)).containsOnly(WriteResult.IGNORED_STALE);

        assertThat(ids(store.search(ArticleQuery.everything()))).containsExactlyInAnyOrder("demo-1", "demo-3");
    }

    @Test
    void keepsWhatItStoredWhenOpenedAgain() throws Exception {
        ArticleEnriched kept = article("demo-kept").build();
        store.upsert(kept);
        store.upsert(article("demo-retracted").version(2).build());
        store.retract(retraction("demo-retracted", 2));

        store = reopenStore();

        assertThat(store.find("demo-kept")).contains(kept);
        assertThat(store.upsert(article("demo-retracted").version(1).build())).isEqualTo(WriteResult.IGNORED_STALE);
        assertThat(ids(store.search(ArticleQuery.everything()))).containsExactly("demo-kept");
    }

    @Test
    void isWritableAndCountsItsArticles() {
        store.upsert(article("demo-1").build());
        store.retract(retraction("demo-2", 1));

        assertThat(store.status().writable()).isTrue();
        assertThat(store.status().details()).containsEntry("articles", 1L);
    }

    private static List<String> ids(SearchPage page) {
        return SearchContract.ids(page);
    }
}
