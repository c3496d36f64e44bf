package newsflow.ingest.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Takes one request of the authenticated publisher's allowance ({@link PublisherRateLimits}), after
 * {@link PublisherAuthentication}; a publisher over its limit is refused with {@link RateLimitExceededException}.
 */
final class PublisherRateLimiting implements HandlerInterceptor {

    private final PublisherRateLimits limits;

    PublisherRateLimiting(PublisherRateLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String source = (String) request.getAttribute(PublisherAuthentication.SOURCE);
        limits.take(source).ifPresent(wait -> {
            throw new RateLimitExceededException(source, wait);
        });
        return true;
    }
}
