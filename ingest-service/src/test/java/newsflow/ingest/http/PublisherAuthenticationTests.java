package newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import newsflow.ingest.IngestProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class PublisherAuthenticationTests {

    private static final String DEMO_KEY_SHA256 = "c48a01f49fd0f2cc404bc3cbbc80e91457a3d41bb429a695243de4c61794155c";

    private final PublisherAuthentication authentication =
            new PublisherAuthentication(new PublisherKeys(new IngestProperties(
                    DataSize.ofMegabytes(2),
                    List.of(new IngestProperties.Publisher("demo", DEMO_KEY_SHA256)),
                    List.of(),
                    List.of("en", "de"),
                    null,
                    null,
                    new IngestProperties.RateLimit(1, 1))));

    @Test
    void leavesTheSourceOfAKnownKeyForTheController() {
        MockHttpServletRequest request = request("Bearer demo-key");

        assertThat(authentication.preHandle(request, new MockHttpServletResponse(), new Object()))
                .isTrue();
        assertThat(request.getAttribute(PublisherAuthentication.SOURCE)).isEqualTo("demo");
    }

    @Test
    void refusesAnUnknownKeyOrNone() {
        assertThatExceptionOfType(UnknownPublisherException.class)
                .isThrownBy(() -> authentication.preHandle(
                        request("Bearer not-a-key"), new MockHttpServletResponse(), new Object()));
        assertThatExceptionOfType(UnknownPublisherException.class)
                .isThrownBy(() -> authentication.preHandle(request(), new MockHttpServletResponse(), new Object()));
    }

    @Test
    void refusesARequestWithSeveralAuthorizationHeaders() {
        MockHttpServletRequest request = request("Bearer demo-key", "Bearer demo-key");

        assertThatExceptionOfType(UnknownPublisherException.class)
                .isThrownBy(() -> authentication.preHandle(request, new MockHttpServletResponse(), new Object()));
        assertThat(request.getAttribute(PublisherAuthentication.SOURCE)).isNull();
    }

    private static MockHttpServletRequest request(String... authorizations) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", ArticleController.PATH);
        for (String authorization : authorizations) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}
