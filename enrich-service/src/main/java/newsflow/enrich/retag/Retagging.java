package newsflow.enrich.retag;

import java.util.Optional;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleIngested;
import newsflow.contract.EntityDigests;
import newsflow.contract.RetagOutcome;
import newsflow.contract.RetagRequest;
import newsflow.enrich.pipeline.ArticleEnrichment;
import newsflow.enrich.tagging.TaggingTimeoutException;

/**
 * Tags an article again with the running tagger and decides whether subscribers must hear of it: only when its
 * entities differ from what {@code articles.enriched} holds for its version. Free of Kafka.
 *
 * <ul>
 * <li>What was published for this version by this tagger or a newer one is left as it is, untagged.</li>
 * <li>A request older than what was published (a newer version came since) is left as it is.</li>
 * <li>Otherwise the article is tagged; it is published with the tagger's enrichment revision when nothing was
 * published for its version, or when its entities changed.</li>
 * </ul>
 */
public class Retagging {

    private final ArticleEnrichment enrichment;

    public Retagging(ArticleEnrichment enrichment) {
        this.enrichment = enrichment;
    }

    /**
     * What re-tagging one article did, and the article to publish when its entities changed.
     *
     * @param outcome the answer to the request
     * @param changed the article to publish on {@code articles.enriched}, when its entities changed
     */
    public record Retag(RetagOutcome outcome, Optional<ArticleEnriched> changed) {}

    public Retag retag(RetagRequest request) {
        ArticleIngested article = request.article();
        RetagRequest.Published published = request.published();
        if (published != null
                && (published.version() > article.version()
                        || published.version() == article.version()
                                && published.enrichmentRevision() >= enrichment.enrichmentRevision())) {
            return unchanged(request, published);
        }
        ArticleEnriched enriched;
        try {
            enriched = enrichment.enrich(article);
        } catch (TaggingTimeoutException ex) {
            int revision = published != null ? published.enrichmentRevision() : 0;
            return new Retag(outcome(request, RetagOutcome.Result.FAILED, revision, ex.getMessage()), Optional.empty());
        }
        if (published != null
                && published.version() == article.version()
                && published.entitiesDigest().equals(EntityDigests.of(enriched.entities()))) {
            return unchanged(request, published);
        }
        return new Retag(
                outcome(request, RetagOutcome.Result.CHANGED, enriched.enrichmentRevision(), null),
                Optional.of(enriched));
    }

    private static Retag unchanged(RetagRequest request, RetagRequest.Published published) {
        return new Retag(
                outcome(request, RetagOutcome.Result.UNCHANGED, published.enrichmentRevision(), null),
                Optional.empty());
    }

    private static RetagOutcome outcome(
            RetagRequest request, RetagOutcome.Result result, int enrichmentRevision, String detail) {
        return new RetagOutcome(
                request.runId(),
                request.article().articleId(),
                request.article().version(),
                result,
                enrichmentRevision,
                detail);
    }
}
