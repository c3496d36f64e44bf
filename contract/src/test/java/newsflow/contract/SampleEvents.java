package newsflow.contract;

import java.time.Instant;
import java.util.List;

/** Realistic events built from the seed article, for the contract's tests. */
final class SampleEvents {

    static final String HEADLINE = "Danish foreign minister shares tweet of mass-walkout during Russian UN speech";
    static final String STANDFIRST = "The Russian foreign minister, Sergei Lavrov, addressed the UN Human Rights "
            + "Council remotely, blaming his absence on “EU states blocking his flight path”.";

    private SampleEvents() {}

    static RawArticle seedRaw() {
        return SampleArticles.seed("demo", "seed-1");
    }

    static ArticleIngested ingested() {
        return new ArticleIngested(
                ArticleIds.derive("demo", "seed-1"),
                1,
                "demo",
                "seed-1",
                "https://demo.newsflow.dev/world/danish-foreign-minister-walkout?utm_source=x",
                "https://demo.newsflow.dev/world/danish-foreign-minister-walkout",
                HEADLINE,
                Instant.parse("2022-03-01T10:15:00Z"),
                "en",
                "a".repeat(64),
                "0123456789abcdef",
                zones(),
                Instant.parse("2026-11-27T12:00:00Z"));
    }

    static ArticleEnriched enriched() {
        ArticleIngested in = ingested();
        var russia = new Entity(
                "country:RU",
                EntityType.COUNTRY,
                "Russia",
                "Q159",
                0.9,
                0.95,
                List.of(new Mention(ZoneName.HEADLINE, 53, 60, "Russian", MentionForm.DEMONYM)));
        var lavrov = new Entity(
                "person:sergei-lavrov",
                EntityType.PERSON,
                "Sergei Lavrov",
                null,
                0.8,
                0.9,
                List.of(new Mention(ZoneName.STANDFIRST, 36, 49, "Sergei Lavrov", MentionForm.NAME)));
        return ArticleEnriched.of(
                in,
                List.of(russia, lavrov),
                new Provenance(
                        "newsflow-tagger", "0.1.0", List.of("english.all.3class.distsim.crf"), "2026.11", List.of()),
                1,
                Instant.parse("2026-11-27T12:00:01Z"));
    }

    static ArticleRejected rejected() {
        return ArticleRejected.of(
                Refusal.ofField(ReasonCode.INVALID_FIELD, "publishedAt", "not an ISO-8601 time"),
                "demo",
                "seed-1",
                new SourceRecord(Topics.RAW, 0, 42),
                Instant.parse("2026-11-27T12:00:00Z"));
    }

    private static List<Zone> zones() {
        return List.of(new Zone(ZoneName.HEADLINE, HEADLINE), new Zone(ZoneName.STANDFIRST, STANDFIRST));
    }
}
