package newsflow.ingest.http;

import java.time.Clock;
import newsflow.ingest.IngestProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Guards {@value ArticleController#PATH}: the publisher is authenticated first, then its rate limit is taken, before
 * the controller reads a byte of the body.
 */
@Configuration(proxyBeanMethods = false)
class PublisherInterceptors implements WebMvcConfigurer {

    private final PublisherKeys keys;
    private final PublisherRateLimits rateLimits;

    PublisherInterceptors(PublisherKeys keys, IngestProperties properties, Clock clock) {
        this.keys = keys;
        this.rateLimits = new PublisherRateLimits(properties.rateLimit(), clock);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PublisherAuthentication(keys)).addPathPatterns(ArticleController.PATH);
        registry.addInterceptor(new PublisherRateLimiting(rateLimits)).addPathPatterns(ArticleController.PATH);
    }
}
