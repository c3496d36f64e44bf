package newsflow.enrich.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import newsflow.contract.EventJson;
import newsflow.contract.Zone;
import newsflow.enrich.EnrichProperties;
import newsflow.enrich.tagging.EntityTagger;
import newsflow.enrich.tagging.TaggingDeadline;
import newsflow.enrich.tagging.TaggingTimeoutException;
import newsflow.support.web.RequestBodies;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

/**
 * {@code POST /api/tag}: for trying the tagger. A text, or an article's zones, in; entities and their provenance out,
 * exactly as they would be on {@code articles.enriched}. It takes clean text: enrich-service does not depend on
 * ingest-service, so a raw HTML page is not cleaned here (push it through ingest, or use the batch command, for
 * that). Empty input is a 400, input over {@code newsflow.enrich.max-tag-request-size} a 413, and text that takes
 * longer than {@code newsflow.enrich.max-tagging-time} to tag a 422, each with a message.
 */
@RestController
class TagController {

    private static final long REQUEST_OVERHEAD_BYTES = 64 * 1024;

    private final EntityTagger tagger;
    private final EnrichProperties properties;

    TagController(EntityTagger tagger, EnrichProperties properties) {
        this.tagger = tagger;
        this.properties = properties;
    }

    @PostMapping(
            path = "/api/tag",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> tag(HttpServletRequest request) throws IOException {
        long maxTextBytes = properties.maxTagRequestSize().toBytes();
        // Room for every character of the text escaped in JSON, and for the other fields.
        Optional<byte[]> body = RequestBodies.readAtMost(request, maxTextBytes * 6 + REQUEST_OVERHEAD_BYTES);
        if (body.isEmpty()) {
            return tooLarge(maxTextBytes);
        }
        List<Zone> zones;
        TagRequest tagRequest;
        try {
            tagRequest = EventJson.mapper().readValue(body.get(), TagRequest.class);
            zones = tagRequest.toZones();
        } catch (JacksonException ex) {
            return error(HttpStatus.BAD_REQUEST, "not a valid tag request: " + ex.getOriginalMessage());
        } catch (IllegalArgumentException ex) {
            return error(HttpStatus.BAD_REQUEST, ex.getMessage());
        }
        if (TagRequest.size(zones) > maxTextBytes) {
            return tooLarge(maxTextBytes);
        }
        try {
            return ResponseEntity.ok(tagger.tag(
                    zones, tagRequest.language(), TaggingDeadline.after(properties.maxTaggingTime(), "the request")));
        } catch (TaggingTimeoutException ex) {
            return error(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
        }
    }

    private static ResponseEntity<ErrorMessage> tooLarge(long maxTextBytes) {
        return error(
                HttpStatus.CONTENT_TOO_LARGE, "the text to tag is larger than the limit of " + maxTextBytes + " bytes");
    }

    private static ResponseEntity<ErrorMessage> error(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorMessage(message));
    }
}
