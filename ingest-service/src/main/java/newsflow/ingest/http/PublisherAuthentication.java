package newsflow.ingest.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a request through only with one {@code Authorization: Bearer <key>} header holding a publisher's key, and
 * leaves the source that key is bound to in the request attribute {@value #SOURCE}; any other request is refused
 * with {@link UnknownPublisherException}.
 */
final class PublisherAuthentication implements HandlerInterceptor {

    /** The request attribute holding the authenticated publisher's source. */
    static final String SOURCE = "newsflow.ingest.http.publisherSource";

    private final PublisherKeys keys;

    PublisherAuthentication(PublisherKeys keys) {
        this.keys = keys;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String source = keys.sourceFor(authorization(request)).orElseThrow(UnknownPublisherException::new);
        request.setAttribute(SOURCE, source);
        return true;
    }

    /** The request's Authorization header; none when it has none or several. */
    private static String authorization(HttpServletRequest request) {
        List<String> values = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
        return values.size() == 1 ? values.get(0) : null;
    }
}
