package newsflow.index.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import newsflow.index.IndexApplication;
import newsflow.testsupport.KafkaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** index-service as it runs describes its query API in OpenAPI and serves Swagger UI to try it. */
@SpringBootTest(classes = IndexApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ActiveProfiles(IndexApplication.PROFILE)
class OpenApiIntegrationTests extends KafkaIntegrationTest {

    private final MockMvcTester mvc;

    OpenApiIntegrationTests(@Autowired MockMvcTester mvc) {
        this.mvc = mvc;
    }

    @DynamicPropertySource
    static void indexFolder(DynamicPropertyRegistry registry) {
        registry.add(
                "newsflow.index.lucene.path",
                () -> Path.of("target", "test-indexes", "openapi-" + UUID.randomUUID())
                        .toString());
    }

    @Test
    void describesEveryEndpointOfTheQueryApi() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.info.title").isEqualTo("newsflow query API");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.paths")
                .asMap()
                .containsOnlyKeys(
                        "/api/articles",
                        "/api/articles/{articleId}",
                        "/api/entities/top",
                        "/api/entities/{entityId}",
                        "/api/stories",
                        "/api/stories/{storyId}");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.paths['/api/articles'].get.parameters[*].name")
                .asArray()
                .containsExactly(
                        "q", "entity", "type", "country", "source", "language", "from", "to", "sort", "page", "size");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.paths['/api/stories'].get.parameters[*].name")
                .asArray()
                .containsExactly(
                        "q", "entity", "type", "country", "source", "language", "from", "to", "sort", "page", "size");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.paths['/api/articles/{articleId}'].get.responses['404'].description")
                .isEqualTo("no such article, or it was retracted");
    }

    @Test
    void servesSwaggerUi() {
        assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatusOk();
    }
}
