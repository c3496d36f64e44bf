package newsflow.support.web;

import newsflow.contract.EventJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * Every service's HTTP API writes JSON with the contract's mapping (ISO-8601 instants, absent fields left out), so
 * an event read from an API is the same JSON as on its topic. Spring Boot backs off its own JSON converter when one
 * is declared, and leaves its application-wide {@code JsonMapper} alone.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(JacksonJsonHttpMessageConverter.class)
public class EventJsonWebAutoConfiguration {

    @Bean
    JacksonJsonHttpMessageConverter eventJsonHttpMessageConverter() {
        return new EventJsonConverter();
    }

    /** Leaves bodies that are already bytes (such as springdoc's OpenAPI JSON) to the byte-array converter. */
    private static final class EventJsonConverter extends JacksonJsonHttpMessageConverter {

        EventJsonConverter() {
            super(EventJson.mapper());
        }

        @Override
        public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
            return valueClass != byte[].class && super.canWrite(type, valueClass, mediaType);
        }
    }
}
