package newsflow.enrich.http;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.enrich.EnrichProperties;
import newsflow.enrich.tagging.EntityTagger;
import newsflow.enrich.tagging.crf.LoadedTagger;
import newsflow.support.web.EventJsonWebAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The real controller over the real tagger. */
@WebMvcTest(TagController.class)
@Import({EventJsonWebAutoConfiguration.class, TagControllerTests.RealTagger.class})
@TestPropertySource(properties = "newsflow.enrich.max-tag-request-size=2KB")
class TagControllerTests {

    private final MockMvcTester mvc;

    TagControllerTests(@Autowired MockMvcTester mvc) {
        this.mvc = mvc;
    }

    @Test
    void tagsATextAndAnswersItsEntitiesAndProvenance() {
        MvcTestResult result = post("{\"text\": \"Sergei Lavrov met Danish diplomats in Geneva.\"}");

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.entities[*].id")
                .asArray()
                .containsExactlyInAnyOrder("person:sergei-lavrov", "country:DK", "location:geneva-ch");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.entities[?(@.id == 'country:DK')].mentions[0].form")
                .asArray()
                .containsExactly("DEMONYM");
        assertThat(result).bodyJson().extractingPath("$.provenance.tagger").isEqualTo("newsflow-crf-gazetteer");
    }

    @Test
    void tagsTheZonesOfAnArticleButNotItsBoilerplate() {
        MvcTestResult result = post("""
                {"zones": [{"name": "HEADLINE", "text": "ECB holds rates"},
                           {"name": "BODY", "text": "The European Central Bank met in Frankfurt."},
                           {"name": "BOILERPLATE", "text": "Copenhagen ranked 4th for career growth"}]}""");

        assertThat(result)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.entities[*].id")
                .asArray()
                .containsExactlyInAnyOrder("org:european-central-bank", "location:frankfurt-de");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.entities[0].mentions[*].zone")
                .asArray()
                .containsExactly("HEADLINE", "BODY");
    }

    @Test
    void saysInTheProvenanceWhenTheModelDoesNotCoverTheLanguage() {
        MvcTestResult result = post("{\"text\": \"NATO møder i København.\", \"language\": \"da\"}");

        assertThat(result)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.provenance.notes[0]")
                .asString()
                .startsWith("language da:");
    }

    @Test
    void refusesAnEmptyTextWith400() {
        assertThat(post("{\"text\": \"  \"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.message")
                .asString()
                .startsWith("nothing to tag");
    }

    @Test
    void refusesTextAndZonesTogetherWith400() {
        assertThat(post("{\"text\": \"Geneva\", \"zones\": [{\"name\": \"BODY\", \"text\": \"Oslo\"}]}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.message")
                .asString()
                .contains("not both");
    }

    @Test
    void refusesWhatIsNotJsonWith400() {
        assertThat(post("{\"text\": "))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.message")
                .asString()
                .startsWith("not a valid tag request");
    }

    @Test
    void refusesATextOverTheLimitWith413() {
        assertThat(post("{\"text\": \"" + "Geneva ".repeat(400) + "\"}"))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE)
                .bodyJson()
                .extractingPath("$.message")
                .asString()
                .contains("limit of 2048 bytes");
    }

    @Test
    void refusesARequestThatIsNotJsonWith415() {
        assertThat(mvc.post().uri("/api/tag").contentType(MediaType.TEXT_PLAIN).content("Geneva"))
                .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .bodyJson()
                .hasPath("$.message");
    }

    private MvcTestResult post(String json) {
        return mvc.post()
                .uri("/api/tag")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EnrichProperties.class)
    static class RealTagger {

        @Bean
        EntityTagger entityTagger() {
            return LoadedTagger.get();
        }
    }
}
