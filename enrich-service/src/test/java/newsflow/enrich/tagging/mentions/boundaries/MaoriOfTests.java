package newsflow.enrich.tagging.mentions.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import org.junit.jupiter.api.Test;

class MaoriOfTests {

    private static final String TEXT =
            "Members of Te Rūnanga o Ngāti Waewae met at the marae. Te Papa said the loan of Tāne o Te Wao ended.";

    @Test
    void joinsAMaoriBodysNameOverOAndThePeopleItBelongsTo() {
        List<Span> joined = MaoriOf.join(
                List.of(span("Te Rūnanga", EntityType.ORGANIZATION), span("Ngāti Waewae", EntityType.PERSON)),
                Map.of(ZoneName.BODY, TEXT));

        assertThat(joined).extracting(Span::text).containsExactly("Te Rūnanga o Ngāti Waewae");
        assertThat(joined).extracting(Span::type).containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void leavesANameThatIsNoOrganisationOrDoesNotBeginWithTeAsItIs() {
        List<Span> spans = List.of(span("Tāne", EntityType.PERSON), span("Te Papa", EntityType.LOCATION));

        assertThat(MaoriOf.join(spans, Map.of(ZoneName.BODY, TEXT))).isEqualTo(spans);
    }

    private static Span span(String name, EntityType type) {
        int start = TEXT.indexOf(name);
        return Span.found(ZoneName.BODY, start, start + name.length(), name, type);
    }
}
