package newsflow.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CanonicalUrlsTests {

    @Test
    void lowerCasesSchemeAndHostAndDropsDefaultPortFragmentAndTrackingParameters() {
        assertThat(CanonicalUrls.canonical("HTTPS://Demo.NewsFlow.dev:443/World/Walkout?utm_source=tw&id=7"
                        + "&fbclid=abc&page=2&gclid=x&UTM_Medium=y&mc_cid=1&mc_eid=2#comments"))
                .isEqualTo("https://demo.newsflow.dev/World/Walkout?id=7&page=2");
    }

    @Test
    void keepsAPortThatIsNotTheDefaultAndParametersThatMaySelectContent() {
        assertThat(CanonicalUrls.canonical("http://example.com:8080/a?ref=home&q=x%20y"))
                .isEqualTo("http://example.com:8080/a?ref=home&q=x%20y");
    }

    @Test
    void givesAnEmptyPathTheRootAndDropsAQueryLeftEmpty() {
        assertThat(CanonicalUrls.canonical("https://Example.com?utm_campaign=x"))
                .isEqualTo("https://example.com/");
    }

    @Test
    void dropsUserInfoAndResolvesDotSegments() {
        assertThat(CanonicalUrls.canonical("https://user:secret@example.com/a/./b/../c"))
                .isEqualTo("https://example.com/a/c");
    }

    @Test
    void refusesAUrlWithoutHost() {
        assertThatThrownBy(() -> CanonicalUrls.canonical("mailto:desk@example.com"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
