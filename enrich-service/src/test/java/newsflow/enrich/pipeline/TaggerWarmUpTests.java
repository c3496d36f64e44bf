package newsflow.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import newsflow.contract.ArticleIngested;
import newsflow.contract.Entity;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.crf.LoadedTagger;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

class TaggerWarmUpTests {

    private final ArticleEnrichment enrichment =
            new ArticleEnrichment(LoadedTagger.get(), Clock.systemUTC(), Duration.ofSeconds(10));

    @Test
    void tagsTheBundledArticleOnEveryListenerThreadForItsTimeBeforeTheListenerStarts() {
        var warmUp = new TaggerWarmUp(enrichment, Duration.ofSeconds(2), 2);

        warmUp.start();

        assertThat(warmUp.isRunning()).isTrue();
        assertThat(warmUp.tagged()).isGreaterThanOrEqualTo(2);
        assertThat(warmUp.getPhase()).isLessThan(AbstractMessageListenerContainer.DEFAULT_PHASE);
    }

    @Test
    void doesNothingWhenItIsOff() {
        var warmUp = new TaggerWarmUp(enrichment, Duration.ZERO, 2);

        warmUp.start();

        assertThat(warmUp.isRunning()).isTrue();
        assertThat(warmUp.tagged()).isZero();
    }

    @Test
    void warmsUpOnANewsArticleWithEveryKindOfEntityInItsZones() {
        ArticleIngested article = TaggerWarmUp.article();

        assertThat(article.zones())
                .extracting(Zone::name)
                .containsExactly(ZoneName.HEADLINE, ZoneName.STANDFIRST, ZoneName.BODY);
        assertThat(article.zones().get(0).text()).startsWith("European ministers meet in Brussels");
        assertThat(enrichment.enrich(article).entities())
                .extracting(Entity::id)
                .contains(
                        "person:olaf-scholz",
                        "person:pedro-sanchez",
                        "country:DE",
                        "country:DK",
                        "location:brussels-be",
                        "org:european-commission");
    }
}
