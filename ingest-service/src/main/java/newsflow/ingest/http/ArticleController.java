package newsflow.ingest.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import newsflow.contract.RawArticle;
import newsflow.contract.ReasonCode;
import newsflow.contract.Refusal;
import newsflow.contract.Topics;
import newsflow.ingest.IngestProperties;
import newsflow.ingest.intake.Refused;
import newsflow.ingest.pipeline.ArticleIngestion;
import newsflow.ingest.pipeline.IngestMetrics;
import newsflow.ingest.pipeline.IngestOutcome;
import newsflow.ingest.pipeline.RawArticleIntake;
import newsflow.support.kafka.EventSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/articles}: the raw article endpoint for publishers who do not speak Kafka. The article is checked
 * as ingest would check it, so a refusal comes back at once with its reason, a stale version included (409, as far
 * as this instance knows the article's versions; the listener checks again); an accepted article is on
 * {@code articles.raw}, acknowledged by the broker, before the answer is 202. An exact re-send is answered 202 like
 * the first send, and dropped by the listener. Each publisher has a rate limit; over it the answer is 429 with
 * {@code Retry-After}.
 */
@RestController
class ArticleController {

    private static final Logger log = LoggerFactory.getLogger(ArticleController.class);
    static final long RETRY_AFTER_SECONDS = 5;
    private static final long REQUEST_OVERHEAD_BYTES = 64 * 1024;

    private static final String CHANNEL = "http";

    private final PublisherKeys keys;
    private final PublisherRateLimits rateLimits;
    private final RawArticleIntake intake;
    private final EventSender sender;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final long maxRequestBytes;

    ArticleController(PublisherKeys keys, RawArticleIntake intake, EventSender sender, IngestMetrics metrics,
            Clock clock, IngestProperties properties) {
        this.keys = keys;
        this.rateLimits = new PublisherRateLimits(properties.rateLimit(), clock);
        this.intake = intake;
        this.sender = sender;
        this.metrics = metrics;
        this.clock = clock;
        // A body at the limit, escaped in JSON, with room for the other fields.
        this.maxRequestBytes = properties.maxBodySize().toBytes() * 2 + REQUEST_OVERHEAD_BYTES;
    }

    @PostMapping("/api/articles")
    ResponseEntity<?> publish(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            HttpServletRequest request) throws IOException {
        String source = keys.sourceFor(authorization).orElse(null);
        if (source == null) {
            metrics.rejected(ReasonCode.UNAUTHORIZED_SOURCE, null, CHANNEL);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(Refusal.of(ReasonCode.UNAUTHORIZED_SOURCE,
                            "a valid publisher API key is required: Authorization: Bearer <key>"));
        }
        Optional<Duration> wait = rateLimits.take(source);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .body(new TryLater("publisher " + source + " sends faster than its rate limit; nothing was "
                            + "accepted", seconds));
        }
        if (!isJson(contentType)) {
            return refusal(source, Refusal.of(ReasonCode.UNSUPPORTED_CONTENT_TYPE,
                    "send the raw article as application/json, not " + contentType));
        }
        byte[] body = readAtMost(request, maxRequestBytes);
        if (body == null) {
            return refusal(source, Refusal.of(ReasonCode.BODY_TOO_LARGE,
                    "the request is larger than the limit of " + maxRequestBytes + " bytes"));
        }
        try {
            return accept(source, body);
        }
        catch (Refused refused) {
            return refusal(source, refused.refusal());
        }
        catch (EventSender.EventNotSentException ex) {
            log.warn("Could not put an article of {} on {}: {}", source, Topics.RAW, ex.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS))
                    .body(new TryLater("the pipeline cannot take articles right now; nothing was accepted",
                            RETRY_AFTER_SECONDS));
        }
    }

    private ResponseEntity<?> accept(String source, byte[] body) {
        RawArticle raw = intake.read(body);
        if (!raw.source().equals(source)) {
            return refusal(source, Refusal.ofField(ReasonCode.UNAUTHORIZED_SOURCE, "source",
                    "this API key may publish only as source '" + source + "'"));
        }
        Instant receivedAt = clock.instant();
        IngestOutcome outcome = intake.admit(raw, receivedAt).outcome();
        String key = raw.source() + ":" + ArticleIngestion.sourceArticleId(raw);
        sender.sendAt(Topics.RAW, key, body, receivedAt);
        return ResponseEntity.accepted()
                .body(new ArticleAccepted(outcome.articleId(), outcome.version(), raw.actionOrDefault()));
    }

    private ResponseEntity<Refusal> refusal(String source, Refusal refusal) {
        metrics.rejected(refusal.reason(), source, CHANNEL);
        return ResponseEntity.status(RefusalStatus.of(refusal.reason())).body(refusal);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        }
        catch (org.springframework.util.InvalidMimeTypeException ex) {
            return false;
        }
    }

    /** The request body, or null when it is longer than {@code limit} bytes. */
    private static byte[] readAtMost(HttpServletRequest request, long limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return body.length > limit ? null : body;
        }
    }
}
