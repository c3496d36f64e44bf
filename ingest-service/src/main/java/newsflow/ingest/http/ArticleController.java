package newsflow.ingest.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import newsflow.contract.RawArticle;
import newsflow.contract.ReasonCode;
import newsflow.contract.Refusal;
import newsflow.contract.Topics;
import newsflow.ingest.IngestProperties;
import newsflow.ingest.intake.Refused;
import newsflow.ingest.pipeline.ArticleIngestion;
import newsflow.ingest.pipeline.IngestOutcome;
import newsflow.ingest.pipeline.RawArticleIntake;
import newsflow.support.kafka.EventSender;
import newsflow.support.web.RequestBodies;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/articles}: the raw article endpoint for publishers who do not speak Kafka. The article is checked
 * as ingest would check it, so a refusal comes back at once with its reason, a stale version included (409, as far
 * as this instance knows the article's versions; the listener checks again); an accepted article is on
 * {@code articles.raw}, acknowledged by the broker, before the answer is 202. An exact re-send is answered 202 like
 * the first send, and dropped by the listener. The publisher is authenticated and held to its rate limit before
 * ({@link PublisherInterceptors}); every error answer is {@link ArticleErrors}'.
 */
@RestController
class ArticleController {

    static final String PATH = "/api/articles";
    private static final long REQUEST_OVERHEAD_BYTES = 64 * 1024;

    private final RawArticleIntake intake;
    private final EventSender sender;
    private final Clock clock;
    private final long maxRequestBytes;

    ArticleController(RawArticleIntake intake, EventSender sender, Clock clock, IngestProperties properties) {
        this.intake = intake;
        this.sender = sender;
        this.clock = clock;
        // A body at the limit, escaped in JSON, with room for the other fields.
        this.maxRequestBytes = properties.maxBodySize().toBytes() * 2 + REQUEST_OVERHEAD_BYTES;
    }

    @PostMapping(PATH)
    ResponseEntity<ArticleAccepted> publish(
            @RequestAttribute(PublisherAuthentication.SOURCE) String source,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            HttpServletRequest request)
            throws IOException {
        if (!isJson(contentType)) {
            throw refused(
                    source,
                    Refusal.of(
                            ReasonCode.UNSUPPORTED_CONTENT_TYPE,
                            "send the raw article as application/json, not " + contentType));
        }
        byte[] body = RequestBodies.readAtMost(request, maxRequestBytes)
                .orElseThrow(() -> refused(
                        source,
                        Refusal.of(
                                ReasonCode.BODY_TOO_LARGE,
                                "the request is larger than the limit of " + maxRequestBytes + " bytes")));
        RawArticle raw = intake.read(body);
        if (!raw.source().equals(source)) {
            throw refused(
                    source,
                    Refusal.ofField(
                            ReasonCode.UNAUTHORIZED_SOURCE,
                            "source",
                            "this API key may publish only as source '" + source + "'"));
        }
        Instant receivedAt = clock.instant();
        IngestOutcome outcome = intake.admit(raw, receivedAt).outcome();
        String key = raw.source() + ":" + ArticleIngestion.sourceArticleId(raw);
        sender.sendAt(Topics.RAW, key, body, receivedAt);
        return ResponseEntity.accepted()
                .body(new ArticleAccepted(outcome.articleId(), outcome.version(), raw.actionOrDefault()));
    }

    private static Refused refused(String source, Refusal refusal) {
        return new Refused(refusal, source, null);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException ex) {
            return false;
        }
    }
}
