package newsflow.index.store;

import static newsflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import newsflow.contract.EntityType;
import newsflow.index.TestArticles;
import newsflow.index.store.entities.DayCount;
import newsflow.index.store.entities.EntityCount;
import newsflow.index.store.entities.EntityCounting;
import newsflow.index.store.entities.EntityProfile;
import newsflow.index.store.entities.EntityQuery;
import newsflow.index.store.search.ArticleHit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The entity counts every {@link ArticleStore} must give alike: top entities in a window, one entity's profile. */
interface EntityCountContract {

    Instant MARCH_1 = Instant.parse("2024-03-01T09:00:00Z");
    Instant MARCH_2 = Instant.parse("2024-03-02T09:00:00Z");
    Instant MARCH_3 = Instant.parse("2024-03-03T09:00:00Z");

    ArticleStore store();

    /** Russia in three articles, Lavrov in two, Denmark, the UN and Geneva in one each; a promo names a club. */
    private void storeArticlesAboutEntities() {
        var club = TestArticles.inBoilerplateOnly("org:connect-club", EntityType.ORGANIZATION, "Connect Club");
        store().upsert(article("demo-1")
                .publishedAt(MARCH_1)
                .entities(TestArticles.RUSSIA, TestArticles.LAVROV, club)
                .build());
        store().upsert(article("demo-2")
                .publishedAt(MARCH_1.plusSeconds(3600))
                .entities(TestArticles.RUSSIA, TestArticles.LAVROV, TestArticles.UN, club)
                .build());
        store().upsert(article("demo-3")
                .publishedAt(MARCH_2)
                .entities(TestArticles.RUSSIA, TestArticles.DENMARK)
                .build());
        store().upsert(article("demo-4")
                .publishedAt(MARCH_3)
                .entities(TestArticles.GENEVA)
                .build());
    }

    @Test
    default void countsTheEntitiesOfMostArticlesFirstWithTheirNames() {
        storeArticlesAboutEntities();

        assertThat(store().topEntities(EntityQuery.everything().withLimit(3)))
                .containsExactly(
                        new EntityCount("country:RU", EntityType.COUNTRY, "Russia", "Q159", 3, 3),
                        new EntityCount("person:sergei-lavrov", EntityType.PERSON, "Sergei Lavrov", null, 2, 2),
                        new EntityCount("country:DK", EntityType.COUNTRY, "Denmark", "Q35", 1, 1));
    }

    @Test
    default void countsOnlyTheArticlesOfTheWindowAndTheTypeAskedFor() {
        storeArticlesAboutEntities();

        var march2 = new TimeWindow(MARCH_2, MARCH_3);

        assertThat(store().topEntities(EntityQuery.everything().withWindow(march2)))
                .extracting(EntityCount::id, EntityCount::articles)
                .containsExactly(Tuple.tuple("country:DK", 1L), Tuple.tuple("country:RU", 1L));
        assertThat(store().topEntities(EntityQuery.everything().withType(EntityType.PERSON)))
                .extracting(EntityCount::id)
                .containsExactly("person:sergei-lavrov");
    }

    @Test
    default void doesNotCountEntitiesMentionedOnlyInBoilerplate() {
        storeArticlesAboutEntities();

        assertThat(store().topEntities(EntityQuery.everything().withType(EntityType.ORGANIZATION)))
                .extracting(EntityCount::id)
                .containsExactly("org:united-nations");
        assertThat(store().entity("org:connect-club", EntityQuery.everything())).isEmpty();
    }

    @Test
    default void profilesAnEntityAcrossItsArticles() {
        storeArticlesAboutEntities();

        EntityProfile russia = store().entity(
                        "country:RU", EntityQuery.everything().withLimit(2))
                .orElseThrow();

        assertThat(russia.name()).isEqualTo("Russia");
        assertThat(russia.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(russia.wikidataId()).isEqualTo("Q159");
        assertThat(russia.articles()).isEqualTo(3);
        assertThat(russia.perDay())
                .containsExactly(
                        new DayCount(LocalDate.parse("2024-03-01"), 2), new DayCount(LocalDate.parse("2024-03-02"), 1));
        assertThat(russia.coOccurring())
                .containsExactly(
                        new EntityCount("person:sergei-lavrov", EntityType.PERSON, "Sergei Lavrov", null, 2, 2),
                        new EntityCount("country:DK", EntityType.COUNTRY, "Denmark", "Q35", 1, 1));
        assertThat(russia.latest()).extracting(ArticleHit::articleId).containsExactly("demo-3", "demo-2");
    }

    @Test
    default void profilesAnEntityInATimeWindow() {
        storeArticlesAboutEntities();

        EntityProfile russia = store().entity(
                        "country:RU", EntityQuery.everything().withWindow(new TimeWindow(MARCH_2, null)))
                .orElseThrow();

        assertThat(russia.articles()).isEqualTo(1);
        assertThat(russia.latest()).extracting(ArticleHit::articleId).containsExactly("demo-3");
        assertThat(store().entity(
                                "person:sergei-lavrov",
                                EntityQuery.everything().withWindow(new TimeWindow(MARCH_2, null))))
                .isEmpty();
    }

    @Test
    default void givesCountedEntitiesTheWikidataIdTheirLatestArticleGivesAndNoneWhereItGivesNone() {
        var russiaFromAnOlderTagger = TestArticles.entity("country:RU", EntityType.COUNTRY, "Russia", "Russian");
        store().upsert(article("demo-old")
                .publishedAt(MARCH_1)
                .entities(russiaFromAnOlderTagger, TestArticles.LAVROV)
                .build());
        store().upsert(article("demo-new")
                .publishedAt(MARCH_2)
                .entities(TestArticles.RUSSIA, TestArticles.LAVROV)
                .build());

        assertThat(store().topEntities(EntityQuery.everything()))
                .containsExactly(
                        new EntityCount("country:RU", EntityType.COUNTRY, "Russia", "Q159", 2, 2),
                        new EntityCount("person:sergei-lavrov", EntityType.PERSON, "Sergei Lavrov", null, 2, 2));
        EntityProfile lavrov =
                store().entity("person:sergei-lavrov", EntityQuery.everything()).orElseThrow();
        assertThat(lavrov.wikidataId()).isNull();
        assertThat(lavrov.coOccurring()).extracting(EntityCount::wikidataId).containsExactly("Q159");
        EntityProfile russiaOnMarch1 = store().entity(
                        "country:RU", EntityQuery.everything().withWindow(new TimeWindow(MARCH_1, MARCH_2)))
                .orElseThrow();
        assertThat(russiaOnMarch1.wikidataId()).isNull();
        assertThat(store().entity("country:RU", EntityQuery.everything())
                        .orElseThrow()
                        .wikidataId())
                .isEqualTo("Q159");
    }

    @Test
    default void hasNoProfileOfAnEntityNoArticleMentions() {
        storeArticlesAboutEntities();

        assertThat(store().entity("person:nobody", EntityQuery.everything())).isEmpty();
    }

    /**
     * One wire story carried by three sites, all naming Lavrov and Russia (one copy Geneva too); two stories of their
     * own name Denmark.
     */
    private void storeAStoryOfThreeCopiesAndTwoStoriesOfTheirOwn() {
        store().write(java.util.List.of(
                ArticleChange.publish(article("wire-1")
                        .publishedAt(MARCH_1)
                        .entities(TestArticles.RUSSIA, TestArticles.LAVROV)
                        .build()),
                ArticleChange.publish(article("site-a-1")
                                .publishedAt(MARCH_1.plusSeconds(600))
                                .entities(TestArticles.RUSSIA, TestArticles.LAVROV, TestArticles.GENEVA)
                                .build())
                        .withStory("wire-1"),
                ArticleChange.publish(article("site-b-1")
                                .publishedAt(MARCH_2)
                                .entities(TestArticles.RUSSIA, TestArticles.LAVROV)
                                .build())
                        .withStory("wire-1"),
                ArticleChange.publish(article("dk-1")
                        .publishedAt(MARCH_2)
                        .entities(TestArticles.DENMARK)
                        .build()),
                ArticleChange.publish(article("dk-2")
                        .publishedAt(MARCH_3)
                        .entities(TestArticles.DENMARK)
                        .build())));
    }

    @Test
    default void ranksEntitiesByStoriesCountingTheCopiesOfOneStoryOnce() {
        storeAStoryOfThreeCopiesAndTwoStoriesOfTheirOwn();

        assertThat(store().topEntities(EntityQuery.everything().withLimit(4)))
                .containsExactly(
                        new EntityCount("country:DK", EntityType.COUNTRY, "Denmark", "Q35", 2, 2),
                        new EntityCount("country:RU", EntityType.COUNTRY, "Russia", "Q159", 3, 1),
                        new EntityCount("person:sergei-lavrov", EntityType.PERSON, "Sergei Lavrov", null, 3, 1),
                        new EntityCount("location:geneva-ch", EntityType.LOCATION, "Geneva", "Q71", 1, 1));
    }

    @Test
    default void ranksEntitiesByCopiesWhenAskedTo() {
        storeAStoryOfThreeCopiesAndTwoStoriesOfTheirOwn();

        assertThat(store().topEntities(EntityQuery.everything()
                        .withCounting(EntityCounting.COPIES)
                        .withLimit(3)))
                .extracting(EntityCount::id)
                .containsExactly("country:RU", "person:sergei-lavrov", "country:DK");
    }

    @Test
    default void countsAStoryWhoseFirstArticleIsOutsideTheWindowOnceForItsCopiesInIt() {
        storeAStoryOfThreeCopiesAndTwoStoriesOfTheirOwn();

        var afterTheWire = new TimeWindow(MARCH_1.plusSeconds(60), null);

        assertThat(store().topEntities(EntityQuery.everything().withWindow(afterTheWire)))
                .filteredOn(count -> count.id().equals("country:RU"))
                .singleElement()
                .satisfies(russia -> {
                    assertThat(russia.articles()).isEqualTo(2);
                    assertThat(russia.stories()).isEqualTo(1);
                });
    }

    @Test
    default void profilesAnEntityWithItsArticlesAndStories() {
        storeAStoryOfThreeCopiesAndTwoStoriesOfTheirOwn();

        EntityProfile lavrov =
                store().entity("person:sergei-lavrov", EntityQuery.everything()).orElseThrow();

        assertThat(lavrov.articles()).isEqualTo(3);
        assertThat(lavrov.stories()).isEqualTo(1);
        assertThat(lavrov.coOccurring())
                .extracting(EntityCount::id, EntityCount::articles, EntityCount::stories)
                .containsExactly(Tuple.tuple("country:RU", 3L, 1L), Tuple.tuple("location:geneva-ch", 1L, 1L));
    }
}
