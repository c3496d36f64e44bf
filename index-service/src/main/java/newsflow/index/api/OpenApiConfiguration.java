package newsflow.index.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI description ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}) says the API is. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "newsflow query API",
                        version = "1",
                        description =
                                "Search the enriched articles of index-service by text, entity, type, country, publisher, "
                                        + "language and publication time; count entities over time windows. Errors are "
                                        + "{\"message\": ...} with 400 for a request to correct, 404 for what is not there.",
                        license =
                                @License(name = "GPL-3.0-or-later", url = "https://www.gnu.org/licenses/gpl-3.0.html")))
class OpenApiConfiguration {}
