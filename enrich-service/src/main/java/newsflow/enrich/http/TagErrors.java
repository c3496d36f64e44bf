package newsflow.enrich.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error answer of enrich-service's API is {@code {"message": "..."}}: Spring MVC's own status for requests it
 * refuses (not JSON, wrong method), and 500 with no detail for a fault of the service, which is logged instead.
 */
@RestControllerAdvice
class TagErrors {

    private static final Logger log = LoggerFactory.getLogger(TagErrors.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorMessage> other(Exception ex) {
        if (ex instanceof ErrorResponse refused) {
            return answer(refused.getStatusCode(), message(refused));
        }
        log.error("POST /api/tag failed", ex);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "the tagger could not answer; the failure is logged");
    }

    private static String message(ErrorResponse refused) {
        ProblemDetail body = refused.getBody();
        return body.getDetail() != null ? body.getDetail() : String.valueOf(body.getTitle());
    }

    private static ResponseEntity<ErrorMessage> answer(HttpStatusCode status, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorMessage(message));
    }
}
