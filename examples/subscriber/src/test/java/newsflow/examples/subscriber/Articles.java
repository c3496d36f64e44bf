package newsflow.examples.subscriber;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.Mention;
import newsflow.contract.MentionForm;
import newsflow.contract.Provenance;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;

/** Enriched articles as the pipeline writes them, with the entities a test names ({@code country:DK}, ...). */
final class Articles {

    private Articles() {}

    /**
     * @param enrichmentRevision the revision of the tagger that tagged it: a higher one with the same version is a
     *                           re-tag
     */
    static ArticleEnriched enriched(String articleId, long version, int enrichmentRevision, String... entityIds) {
        String body = String.join(" and ", entityIds) + ".";
        List<Entity> entities =
                Arrays.stream(entityIds).map(id -> entity(id, body)).toList();
        return new ArticleEnriched(
                articleId,
                version,
                enrichmentRevision,
                "demo",
                articleId,
                null,
                null,
                "Article " + articleId,
                null,
                "en",
                "hash-" + articleId + "-" + version,
                null,
                List.of(new Zone(ZoneName.BODY, body)),
                entities,
                new Provenance("newsflow-crf-gazetteer", "0.3.1", List.of(), "2026.12", List.of()),
                Instant.parse("2026-12-03T07:59:00Z"),
                Instant.parse("2026-12-03T08:00:00Z"));
    }

    private static Entity entity(String id, String body) {
        int start = body.indexOf(id);
        EntityType type = EntityType.valueOf(
                switch (id.substring(0, id.indexOf(':'))) {
                    case "country" -> "COUNTRY";
                    case "person" -> "PERSON";
                    case "org" -> "ORGANIZATION";
                    default -> "LOCATION";
                });
        return new Entity(
                id,
                type,
                id.substring(id.indexOf(':') + 1),
                null,
                0.5,
                0.9,
                List.of(new Mention(ZoneName.BODY, start, start + id.length(), id, MentionForm.NAME)));
    }
}
