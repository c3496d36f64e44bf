package newsflow.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.Mention;
import newsflow.contract.MentionForm;
import newsflow.contract.Provenance;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;

/** Enriched articles for index-service's tests, built from the contract's records. */
public final class TestArticles {

    // The countries, the UN and Geneva with their Wikidata ids, as the tagger gives them where its gazetteers know
    // them; Lavrov without one.
    public static final Entity RUSSIA = entity("country:RU", EntityType.COUNTRY, "Russia", "Q159", "Russian");
    public static final Entity DENMARK = entity("country:DK", EntityType.COUNTRY, "Denmark", "Q35", "Danish");
    public static final Entity LAVROV = entity("person:sergei-lavrov", EntityType.PERSON, "Sergei Lavrov", "Lavrov");
    public static final Entity UN =
            entity("org:united-nations", EntityType.ORGANIZATION, "United Nations", "Q1065", "UN");
    public static final Entity GENEVA = entity("location:geneva-ch", EntityType.LOCATION, "Geneva", "Q71", "Geneva");

    private static final Provenance PROVENANCE =
            new Provenance("newsflow-tagger", "0.1.0", List.of("english.all.3class.distsim.crf"), "2026.11", List.of());

    private TestArticles() {}

    /** An article about a walkout at the UN, to adjust before {@link Builder#build()}. */
    public static Builder article(String articleId) {
        return new Builder(articleId);
    }

    public static ArticleRetracted retraction(String articleId, long version) {
        return new ArticleRetracted(articleId, version, "demo", "retracted by publisher");
    }

    /** An entity the article mentions only in its boilerplate, as a promo line would. */
    public static Entity inBoilerplateOnly(String id, EntityType type, String name) {
        return new Entity(
                id,
                type,
                name,
                null,
                0.1,
                0.9,
                List.of(new Mention(ZoneName.BOILERPLATE, 0, name.length(), name, MentionForm.NAME)));
    }

    /** An entity without a Wikidata id, mentioned once in the body. */
    public static Entity entity(String id, EntityType type, String name, String mention) {
        return entity(id, type, name, null, mention);
    }

    /** An entity with its Wikidata id (or null), mentioned once in the body. */
    public static Entity entity(String id, EntityType type, String name, String wikidataId, String mention) {
        return new Entity(
                id,
                type,
                name,
                wikidataId,
                0.5,
                0.9,
                List.of(new Mention(ZoneName.BODY, 0, mention.length(), mention, MentionForm.NAME)));
    }

    /** Builds one article; every field has a realistic default. */
    public static final class Builder {

        private final String articleId;
        private long version = 1;
        private int enrichmentRevision = 1;
        private String source = "demo";
        private String language = "en";
        private String title = "Diplomats walk out during Russian speech at the UN";
        private Instant publishedAt = Instant.parse("2022-03-01T10:15:00Z");
        private Instant ingestedAt = Instant.parse("2022-03-01T10:16:00Z");
        private String body = "Dozens of diplomats left the room as the foreign minister spoke by video link.";
        private String boilerplate = "Subscribe to our newsletter for the best stories every morning.";
        private List<Entity> entities = List.of(RUSSIA, LAVROV, UN);
        private String fingerprint = "0123456789abcdef";

        private Builder(String articleId) {
            this.articleId = articleId;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Builder enrichmentRevision(int enrichmentRevision) {
            this.enrichmentRevision = enrichmentRevision;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public Builder ingestedAt(Instant ingestedAt) {
            this.ingestedAt = ingestedAt;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder boilerplate(String boilerplate) {
            this.boilerplate = boilerplate;
            return this;
        }

        /** The article's SimHash, as 16 hex digits, or null for an article without one. */
        public Builder fingerprint(String fingerprint) {
            this.fingerprint = fingerprint;
            return this;
        }

        public Builder entities(Entity... entities) {
            this.entities = List.of(entities);
            return this;
        }

        public ArticleEnriched build() {
            List<Zone> zones = new ArrayList<>();
            zones.add(new Zone(ZoneName.HEADLINE, title));
            zones.add(new Zone(ZoneName.STANDFIRST, "The minister blamed EU states for blocking his flight."));
            zones.add(new Zone(ZoneName.BODY, body));
            zones.add(new Zone(ZoneName.CAPTION, "The council chamber in Geneva."));
            zones.add(new Zone(ZoneName.BOILERPLATE, boilerplate));
            return new ArticleEnriched(
                    articleId,
                    version,
                    enrichmentRevision,
                    source,
                    articleId + "-src",
                    "https://demo.newsflow.dev/world/" + articleId,
                    "https://demo.newsflow.dev/world/" + articleId,
                    title,
                    publishedAt,
                    language,
                    "a".repeat(64),
                    fingerprint,
                    zones,
                    entities,
                    PROVENANCE,
                    ingestedAt,
                    ingestedAt.plusSeconds(1));
        }
    }
}
