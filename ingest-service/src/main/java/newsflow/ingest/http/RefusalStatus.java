package newsflow.ingest.http;

import newsflow.contract.ReasonCode;
import org.springframework.http.HttpStatus;

/** The HTTP status of each reason code. */
final class RefusalStatus {

    private RefusalStatus() {}

    static HttpStatus of(ReasonCode reason) {
        return switch (reason) {
            case MALFORMED_JSON,
                    MISSING_FIELD,
                    INVALID_FIELD,
                    INVALID_ENCODING,
                    EMPTY_AFTER_CLEANING,
                    MALFORMED_REQUEST -> HttpStatus.BAD_REQUEST;
            case BODY_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_CONTENT_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case STALE_VERSION -> HttpStatus.CONFLICT;
            case UNAUTHORIZED_SOURCE -> HttpStatus.FORBIDDEN;
        };
    }
}
