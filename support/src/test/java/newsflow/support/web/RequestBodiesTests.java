package newsflow.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RequestBodiesTests {

    private static final long UNDECLARED = -1;

    @Test
    void readsABodyAsLongAsTheLimit() throws IOException {
        assertThat(RequestBodies.readAtMost(request("0123456789", 10), 10))
                .hasValueSatisfying(body ->
                        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("0123456789"));
    }

    @Test
    void refusesABodyLongerThanTheLimit() throws IOException {
        assertThat(RequestBodies.readAtMost(request("0123456789", 10), 9)).isEmpty();
    }

    @Test
    void refusesABodyOfUndeclaredLengthThatRunsPastTheLimit() throws IOException {
        assertThat(RequestBodies.readAtMost(request("0123456789", UNDECLARED), 9))
                .isEmpty();
        assertThat(RequestBodies.readAtMost(request("0123456789", UNDECLARED), 10))
                .isPresent();
    }

    @Test
    void readsNothingOfABodyDeclaredLongerThanTheLimit() throws IOException {
        MockHttpServletRequest request = request("short", 1000);

        assertThat(RequestBodies.readAtMost(request, 100)).isEmpty();
        assertThat(request.getInputStream().readAllBytes()).as("left unread").hasSize(5);
    }

    private static MockHttpServletRequest request(String body, long declaredLength) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api") {
            @Override
            public long getContentLengthLong() {
                return declaredLength;
            }
        };
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
