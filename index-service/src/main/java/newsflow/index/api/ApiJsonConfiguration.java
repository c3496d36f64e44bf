package newsflow.index.api;

import newsflow.contract.EventJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * The query API writes JSON with the contract's mapping (ISO-8601 instants, absent fields left out), so an article
 * read from the API is the same JSON as on {@code articles.enriched}. Spring Boot backs off its own JSON converter
 * when one is declared, and leaves its application-wide {@code JsonMapper} alone.
 */
@Configuration(proxyBeanMethods = false)
class ApiJsonConfiguration {

    @Bean
    JacksonJsonHttpMessageConverter eventJsonHttpMessageConverter() {
        return new JacksonJsonHttpMessageConverter(EventJson.mapper());
    }
}
