package newsflow.ingest.http;

import newsflow.contract.ReasonCode;
import newsflow.contract.Refusal;
import newsflow.contract.Topics;
import newsflow.ingest.intake.Refused;
import newsflow.ingest.lifecycle.VersionsUnavailableException;
import newsflow.ingest.pipeline.IngestMetrics;
import newsflow.support.kafka.EventSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error answer of {@code POST /api/articles}. A refused article is a {@link Refusal} with its reason code, at
 * the status of that reason ({@link RefusalStatus}), counted as rejected on the {@code http} channel; a request
 * without a known key is such a refusal too, 401 with {@code WWW-Authenticate: Bearer}. A publisher over its rate
 * limit (429), and any publisher while the pipeline cannot take articles (503), is told when to try again
 * ({@link TryLater} and {@code Retry-After}).
 */
@RestControllerAdvice
class ArticleErrors {

    static final long RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(ArticleErrors.class);
    private static final String CHANNEL = "http";

    private final IngestMetrics metrics;

    ArticleErrors(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @ExceptionHandler(UnknownPublisherException.class)
    ResponseEntity<Refusal> unknownPublisher(UnknownPublisherException ex) {
        metrics.rejected(ReasonCode.UNAUTHORIZED_SOURCE, null, CHANNEL);
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(Refusal.of(ReasonCode.UNAUTHORIZED_SOURCE, ex.getMessage()));
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<TryLater> overRateLimit(RateLimitExceededException ex) {
        return tryLater(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage(), ex.retryAfterSeconds());
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<Refusal> refused(
            Refused ex, @RequestAttribute(name = PublisherAuthentication.SOURCE, required = false) String publisher) {
        Refusal refusal = ex.refusal();
        metrics.rejected(refusal.reason(), publisher, CHANNEL);
        return ResponseEntity.status(RefusalStatus.of(refusal.reason())).body(refusal);
    }

    @ExceptionHandler(EventSender.EventNotSentException.class)
    ResponseEntity<TryLater> notSent(
            EventSender.EventNotSentException ex,
            @RequestAttribute(name = PublisherAuthentication.SOURCE, required = false) String publisher) {
        log.warn("Could not put an article of {} on {}: {}", publisher, Topics.RAW, ex.getMessage());
        return tryLater(
                HttpStatus.SERVICE_UNAVAILABLE,
                "the pipeline cannot take articles right now; nothing was accepted",
                RETRY_AFTER_SECONDS);
    }

    @ExceptionHandler(VersionsUnavailableException.class)
    ResponseEntity<TryLater> versionsUnavailable(
            VersionsUnavailableException ex,
            @RequestAttribute(name = PublisherAuthentication.SOURCE, required = false) String publisher) {
        log.warn("Could not check an article of {}: {}", publisher, ex.getMessage());
        return tryLater(
                HttpStatus.SERVICE_UNAVAILABLE,
                "the pipeline cannot check articles right now; nothing was accepted",
                RETRY_AFTER_SECONDS);
    }

    private static ResponseEntity<TryLater> tryLater(HttpStatus status, String message, long seconds) {
        return ResponseEntity.status(status)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(new TryLater(message, seconds));
    }
}
