package newsflow.dashboard.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.Mention;
import newsflow.contract.MentionForm;
import newsflow.contract.Provenance;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import org.junit.jupiter.api.Test;

class RecentEntitiesTests {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Entity EU = entity("org:european-union", EntityType.ORGANIZATION, "European Union", "Q458");
    private static final Entity LAVROV = entity("person:sergei-lavrov", EntityType.PERSON, "Sergei Lavrov", null);

    private final RecentEntities recent = new RecentEntities(100);

    @Test
    void ranksTheEntitiesOfTheLastHourWithTheirWikidataIdsWhereTheyHaveOne() {
        recent.add(article("demo-1", NOW.minusSeconds(600), EU, LAVROV));
        recent.add(article("demo-2", NOW.minusSeconds(300), EU));
        recent.add(article("demo-old", NOW.minusSeconds(7200), LAVROV));

        assertThat(recent.top(NOW, 10))
                .containsExactly(
                        new RecentEntities.EntityCount(
                                "org:european-union", "ORGANIZATION", "European Union", "Q458", 2, 2),
                        new RecentEntities.EntityCount("person:sergei-lavrov", "PERSON", "Sergei Lavrov", null, 1, 1));
    }

    @Test
    void keepsTheWikidataIdOfAnEntityWhenAnotherArticleGivesItNone() {
        var euFromAnOlderTagger = entity("org:european-union", EntityType.ORGANIZATION, "European Union", null);
        recent.add(article("demo-1", NOW.minusSeconds(600), EU));
        recent.add(article("demo-2", NOW.minusSeconds(300), euFromAnOlderTagger));
        recent.add(article("demo-3", NOW.minusSeconds(200), euFromAnOlderTagger));

        assertThat(recent.top(NOW, 10))
                .extracting(RecentEntities.EntityCount::wikidataId)
                .containsExactly("Q458");
    }

    @Test
    void countsTheCopiesOfOneStoryOnSeveralSitesOnceAndRanksByStories() {
        String wire = "European Union ministers agreed on Tuesday to cut fishing quotas in the North Sea. "
                + "The deal followed two days of talks in Brussels between the member states.";
        recent.add(article("wire-1", NOW.minusSeconds(900), wire, EU));
        recent.add(article("site-a-1", NOW.minusSeconds(800), "LONDON (Wire) - " + wire, EU));
        recent.add(article("site-b-1", NOW.minusSeconds(700), wire + " Reporting by a correspondent.", EU));
        recent.add(article("lavrov-1", NOW.minusSeconds(600), "Sergei Lavrov spoke to the council by video.", LAVROV));
        recent.add(article(
                "lavrov-2",
                NOW.minusSeconds(500),
                "A second report from the council, with other words, on the Russian minister's speech.",
                LAVROV));

        assertThat(recent.top(NOW, 10))
                .extracting(
                        RecentEntities.EntityCount::id,
                        RecentEntities.EntityCount::stories,
                        RecentEntities.EntityCount::articles)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("person:sergei-lavrov", 2L, 2L),
                        org.assertj.core.api.Assertions.tuple("org:european-union", 1L, 3L));
    }

    private static Entity entity(String id, EntityType type, String name, String wikidataId) {
        return new Entity(
                id,
                type,
                name,
                wikidataId,
                0.5,
                0.9,
                List.of(new Mention(ZoneName.BODY, 0, name.length(), name, MentionForm.NAME)));
    }

    private static ArticleEnriched article(String articleId, Instant enrichedAt, Entity... entities) {
        return article(articleId, enrichedAt, "Text.", entities);
    }

    private static ArticleEnriched article(String articleId, Instant enrichedAt, String text, Entity... entities) {
        return new ArticleEnriched(
                articleId,
                1,
                1,
                "demo",
                articleId,
                null,
                null,
                "Title",
                null,
                "en",
                "c".repeat(64),
                null,
                List.of(new Zone(ZoneName.BODY, text)),
                List.of(entities),
                new Provenance("test", "1", List.of(), "1", List.of()),
                enrichedAt,
                enrichedAt);
    }
}
