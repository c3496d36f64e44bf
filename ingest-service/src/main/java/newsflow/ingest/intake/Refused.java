package newsflow.ingest.intake;

import newsflow.contract.Refusal;

/**
 * Thrown when a raw article is refused. Carries the refusal and, when the record named them, the publisher and its
 * article id, so the refusal can be addressed to them.
 */
public class Refused extends RuntimeException {

    private final transient Refusal refusal;
    private final String source;
    private final String sourceArticleId;

    public Refused(Refusal refusal, String source, String sourceArticleId) {
        super(refusal.reason() + ": " + refusal.message(), null, false, false);
        this.refusal = refusal;
        this.source = source;
        this.sourceArticleId = sourceArticleId;
    }

    public Refusal refusal() {
        return refusal;
    }

    public String source() {
        return source;
    }

    public String sourceArticleId() {
        return sourceArticleId;
    }
}
