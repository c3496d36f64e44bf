package newsflow.dashboard.redrive;

import java.util.List;
import java.util.Map;
import newsflow.support.security.HashedKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/dead-letters/redrive}: an operator sends selected dead letters back to their source topic. Needs
 * an operator's token ({@code Authorization: Bearer <token>}), never a publisher's key.
 */
@RestController
class RedriveController {

    static final int MAX_RECORDS = 100;

    private final HashedKeys operators;
    private final Redrive redrive;

    RedriveController(HashedKeys operatorKeys, Redrive redrive) {
        this.operators = operatorKeys;
        this.redrive = redrive;
    }

    @PostMapping("/api/dead-letters/redrive")
    ResponseEntity<?> redrive(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody RedriveRequest request) {
        String operator = operators.ownerOfBearer(authorization).orElse(null);
        if (operator == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(Map.of("message", "an operator token is required: Authorization: Bearer <token>"));
        }
        if (request.records() == null
                || request.records().isEmpty()
                || request.records().size() > MAX_RECORDS) {
            return ResponseEntity.badRequest()
                    .body(Map.of("message", "name between 1 and " + MAX_RECORDS + " records to redrive"));
        }
        return ResponseEntity.ok(Map.of("results", redrive.redrive(request.records(), operator)));
    }

    record RedriveRequest(List<RecordRef> records) {}
}
