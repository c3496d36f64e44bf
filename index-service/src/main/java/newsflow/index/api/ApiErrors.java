package newsflow.index.api;

import newsflow.index.store.InvalidQueryException;
import newsflow.index.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error answer of the query API is {@code {"message": "..."}}: 400 for a request the caller can correct, 404
 * for what is not in the store, 503 while the store cannot be reached, Spring MVC's own status for requests it
 * refuses (unknown path, wrong method), and 500 with no detail for a fault of the service, which is logged instead.
 * No stack trace ever reaches the caller.
 */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<ErrorMessage> invalidQuery(InvalidQueryException ex) {
        return answer(HttpStatus.BAD_REQUEST, ex.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ErrorMessage> notFound(NotFoundException ex) {
        return answer(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<ErrorMessage> storeUnavailable(StoreUnavailableException ex) {
        log.warn("The query API could not reach the store: {}", ex.getMessage());
        return answer(HttpStatus.SERVICE_UNAVAILABLE, "the store is not available; try again shortly");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorMessage> parameterMismatch(MethodArgumentTypeMismatchException ex) {
        boolean number = ex.getRequiredType() == int.class || ex.getRequiredType() == Integer.class;
        return answer(
                HttpStatus.BAD_REQUEST,
                ex.getName() + (number ? " must be a whole number" : " is not valid") + ", not '" + ex.getValue()
                        + "'");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorMessage> other(Exception ex) {
        if (ex instanceof ErrorResponse refused) {
            return answer(refused.getStatusCode(), message(refused));
        }
        log.error("The query API failed", ex);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "the index could not answer; the failure is logged");
    }

    private static String message(ErrorResponse refused) {
        ProblemDetail body = refused.getBody();
        return body.getDetail() != null ? body.getDetail() : String.valueOf(body.getTitle());
    }

    private static ResponseEntity<ErrorMessage> answer(HttpStatusCode status, String message) {
        return ResponseEntity.status(status).body(new ErrorMessage(message));
    }
}
