package newsflow.support.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request's body with a bound on its size, for endpoints that take the raw bytes: a body declared longer than
 * the limit is not read at all, and one without a declared length (chunked) is read only one byte past the limit.
 */
public final class RequestBodies {

    private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private RequestBodies() {}

    /** The request's body, or empty when it is longer than {@code limit} bytes. */
    public static Optional<byte[]> readAtMost(HttpServletRequest request, long limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            return Optional.empty();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(MAX_ARRAY_LENGTH, limit + 1));
            return body.length > limit ? Optional.empty() : Optional.of(body);
        }
    }
}
