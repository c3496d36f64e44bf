package newsflow.enrich.tagging.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import org.junit.jupiter.api.Test;

/** The model's one-word names without a capital letter are common words, unless they name a place. */
class SmallLetterNamesTests {

    @Test
    void dropsTheModelsOneWordNamesWithoutACapitalLetterUnlessTheyNameAPlace() {
        List<Span> candidates = List.of(
                Span.found(ZoneName.BODY, 2, 8, "miller", EntityType.PERSON),
                Span.found(ZoneName.BODY, 20, 28, "diaspora", EntityType.LOCATION),
                Span.found(ZoneName.BODY, 40, 45, "bKash", EntityType.ORGANIZATION),
                Span.found(ZoneName.BODY, 50, 62, "de Noviembre", EntityType.LOCATION),
                Span.found(ZoneName.BODY, 70, 86, "interior ministry", EntityType.ORGANIZATION),
                Span.found(ZoneName.BODY, 90, 97, "germany", EntityType.LOCATION));

        assertThat(SmallLetterNames.drop(candidates, word -> word.equals("germany")))
                .extracting(Span::text)
                .containsExactly("bKash", "de Noviembre", "interior ministry", "germany");
    }
}
