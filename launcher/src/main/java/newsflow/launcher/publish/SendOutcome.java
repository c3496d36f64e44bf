package newsflow.launcher.publish;

import newsflow.contract.Refusal;

/** What became of one article sent. */
sealed interface SendOutcome {

    /**
     * Accepted: on {@code articles.raw}, acknowledged.
     *
     * @param articleId the pipeline's id of the article
     * @param version   its version, as ingest-service answered; null over Kafka, where ingest decides it later
     */
    record Accepted(String articleId, Long version) implements SendOutcome {}

    /** Refused, with the reason code publishers see. */
    record Refused(Refusal refusal) implements SendOutcome {}

    /** Not sent, for a reason of its own (an unexpected answer); the articles after it are still sent. */
    record Failed(String message) implements SendOutcome {}

    /**
     * Not sent, and nothing more will be: the server or the brokers cannot be reached, or the key is refused.
     *
     * @param exitStatus the command's exit status for this
     */
    record Stopped(String message, int exitStatus) implements SendOutcome {}
}
