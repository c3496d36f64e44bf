package newsflow.ingest.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import newsflow.contract.RawArticle;
import newsflow.contract.SampleArticles;
import newsflow.ingest.cleaning.ArticleCleaner;
import newsflow.ingest.cleaning.CleanArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectionTests {

    private static final LanguageDetection DETECTION = LanguageDetection.defaults();
    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    @Test
    void detectsTheSeedArticleAsEnglish() {
        assertThat(DETECTION.languageOf(CLEANER.clean(SampleArticles.seed("demo", "seed-1"))))
                .isEqualTo("en");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            da | Udenrigsminister Jeppe Kofod delte i morges et billede på Twitter af en fælles diplomatisk udvandring under den russiske udenrigsministers tale i FN's Menneskerettighedsråd.
            de | Der dänische Außenminister Jeppe Kofod teilte heute Morgen auf Twitter ein Bild eines gemeinsamen diplomatischen Auszugs während der Rede des russischen Außenministers.
            fr | Le ministre danois des Affaires étrangères a partagé ce matin sur Twitter une image du départ collectif des diplomates pendant le discours du ministre russe.
            sv | Danmarks utrikesminister Jeppe Kofod delade i morse en bild på Twitter av en gemensam diplomatisk protest under den ryska utrikesministerns tal i FN:s råd för mänskliga rättigheter.
            ru | Министр иностранных дел Дании Еппе Кофод поделился в Твиттере фотографией коллективного ухода дипломатов во время выступления российского министра.
            uk | Міністр закордонних справ Данії Єппе Кофод поділився у Твіттері світлиною спільного виходу дипломатів під час виступу російського міністра.
            """)
    void detectsTheLanguageOfAnArticle(String language, String body) {
        assertThat(DETECTION.languageOf(article(body))).isEqualTo(language);
    }

    @Test
    void leavesTheLanguageUnknownWhenTheTextIsTooShortToTell() {
        assertThat(DETECTION.languageOf(article("Goal! 2–1."))).isNull();
        assertThat(DETECTION.languageOf(article("12:45 — 2026 — 17 / 4"))).isNull();
    }

    @Test
    void refusesALanguageCodeItCannotDetect() {
        assertThatThrownBy(() -> LanguageDetection.of(List.of("en", "xx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xx");
    }

    private static CleanArticle article(String body) {
        return CLEANER.clean(new RawArticle("demo", "1", null, "-", body, null, null, null, null, null));
    }
}
