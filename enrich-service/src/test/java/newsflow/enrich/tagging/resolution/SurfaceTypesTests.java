package newsflow.enrich.tagging.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import org.junit.jupiter.api.Test;

/** One type for each surface form the model found, by the article's votes. */
class SurfaceTypesTests {

    private static final SurfaceTypes.Names NO_NAMES = new SurfaceTypes.Names(name -> false, name -> false);

    @Test
    void givesATiedWordTheOrganisationWhoseNameItBeginsOutsideSport() {
        List<Span> spans = List.of(
                span(0, "Vesta International Inc", EntityType.ORGANIZATION),
                span(40, "Vesta", EntityType.LOCATION),
                span(80, "Vesta", EntityType.PERSON),
                span(120, "Vesta", EntityType.ORGANIZATION));

        assertThat(SurfaceTypes.harmonise(spans, false)).extracting(Span::type).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void leavesATiedWordAloneInAnArticleAboutSport() {
        List<Span> spans = List.of(
                span(0, "Baltimore Orioles", EntityType.ORGANIZATION),
                span(40, "Baltimore", EntityType.LOCATION),
                span(80, "Baltimore", EntityType.ORGANIZATION));

        assertThat(SurfaceTypes.harmonise(spans, true))
                .extracting(Span::type)
                .containsExactly(EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.ORGANIZATION);
    }

    @Test
    void takesANameEndingInAPersonsWordForThatPersonOnlyWhereTheModelCallsTheWordAPersonMostOften() {
        List<Span> place = List.of(
                span(0, "Wadi Bahla", EntityType.LOCATION),
                span(40, "Bahla", EntityType.LOCATION),
                span(80, "Bahla", EntityType.PERSON),
                span(120, "Bahla", EntityType.LOCATION));
        List<Span> person = List.of(
                span(0, "Jordan Mills", EntityType.LOCATION),
                span(40, "Mills", EntityType.PERSON),
                span(80, "Mills", EntityType.PERSON),
                span(120, "Mills", EntityType.LOCATION));

        assertThat(SurfaceTypes.harmonise(place, false)).extracting(Span::type).containsOnly(EntityType.LOCATION);
        assertThat(SurfaceTypes.harmonise(person, false).get(0).type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void leavesANameThatSaysWhatItIsByItsWordsThoughItsLastWordIsAPersonsElsewhere() {
        List<Span> port = List.of(
                span(0, "Port Mathurin", EntityType.LOCATION),
                span(40, "Mathurin", EntityType.PERSON),
                span(80, "Mathurin", EntityType.PERSON));
        List<Span> orchestra = List.of(
                span(0, "Orquesta Típica Avellaneda", EntityType.ORGANIZATION),
                span(40, "Avellaneda", EntityType.PERSON),
                span(80, "Avellaneda", EntityType.PERSON));

        assertThat(SurfaceTypes.harmonise(port, false).get(0).type()).isEqualTo(EntityType.LOCATION);
        assertThat(SurfaceTypes.harmonise(orchestra, false).get(0).type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void takesAPlaceTheArticleOnceCallsAClubForTheClubInSportExceptWhereAPrepositionPutsItInAPlace() {
        String text = "Zakho's coach was calm. Zakho won 2-1, and the players flew back to Zakho at night.";
        List<Span> spans = List.of(
                at(text, 0, "Zakho", EntityType.ORGANIZATION),
                at(text, 1, "Zakho", EntityType.LOCATION),
                at(text, 2, "Zakho", EntityType.LOCATION));

        assertThat(SurfaceTypes.harmonise(spans, Map.of(ZoneName.BODY, text), true, NO_NAMES))
                .extracting(Span::type)
                .containsExactly(EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.LOCATION);
        assertThat(SurfaceTypes.harmonise(spans, Map.of(ZoneName.BODY, text), false, NO_NAMES))
                .extracting(Span::type)
                .containsOnly(EntityType.LOCATION);
    }

    @Test
    void givesEachWordTheTypeMostOftenGivenToIt() {
        List<Span> spans = List.of(
                span(0, "Vesta", EntityType.PERSON),
                span(40, "Vesta", EntityType.PERSON),
                span(80, "Vesta", EntityType.LOCATION));

        assertThat(SurfaceTypes.harmonise(spans, false)).extracting(Span::type).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesAOneWordNameTiedBetweenAPersonAndAnOrganisationForTheTeamInSportUnlessAPersonBearsIt() {
        List<Span> team = List.of(
                span(0, "Haukar", EntityType.PERSON),
                span(40, "Haukar", EntityType.ORGANIZATION),
                span(80, "Haukar", EntityType.PERSON),
                span(120, "Haukar", EntityType.ORGANIZATION));
        List<Span> person = List.of(
                span(0, "Jordan Hill", EntityType.PERSON),
                span(40, "Hill", EntityType.PERSON),
                span(80, "Hill", EntityType.ORGANIZATION));

        assertThat(SurfaceTypes.harmonise(team, true)).extracting(Span::type).containsOnly(EntityType.ORGANIZATION);
        assertThat(SurfaceTypes.harmonise(person, true))
                .extracting(Span::type)
                .containsExactly(EntityType.PERSON, EntityType.PERSON, EntityType.ORGANIZATION);
    }

    @Test
    void takesANameCalledAPersonAsOftenAsAPlaceForThePlaceUnlessAGivenNameOrAPersonsNameHoldsIt() {
        List<Span> village = List.of(span(0, "Letefoho", EntityType.PERSON), span(40, "Letefoho", EntityType.LOCATION));
        List<Span> givenName = List.of(span(0, "Norliza", EntityType.PERSON), span(40, "Norliza", EntityType.LOCATION));
        List<Span> person =
                List.of(span(0, "Hen Vipheak", EntityType.PERSON), span(40, "Hen Vipheak", EntityType.LOCATION));
        List<Span> town = List.of(
                span(0, "Samdrup Jongkhar", EntityType.PERSON), span(40, "Samdrup Jongkhar", EntityType.LOCATION));
        List<Span> surname = List.of(
                span(0, "Ana Tomar", EntityType.PERSON),
                span(40, "Tomar", EntityType.PERSON),
                span(80, "Tomar", EntityType.LOCATION));

        assertThat(SurfaceTypes.harmonise(village, false, NO_NAMES))
                .extracting(Span::type)
                .containsOnly(EntityType.LOCATION);
        assertThat(SurfaceTypes.harmonise(village, true, NO_NAMES))
                .extracting(Span::type)
                .containsExactly(EntityType.PERSON, EntityType.LOCATION);
        assertThat(SurfaceTypes.harmonise(givenName, false, new SurfaceTypes.Names("Norliza"::equals, name -> false)))
                .extracting(Span::type)
                .containsExactly(EntityType.PERSON, EntityType.LOCATION);
        assertThat(SurfaceTypes.harmonise(person, false, NO_NAMES))
                .extracting(Span::type)
                .containsExactly(EntityType.PERSON, EntityType.LOCATION);
        assertThat(SurfaceTypes.harmonise(
                        town, false, new SurfaceTypes.Names(name -> false, "Samdrup Jongkhar"::equals)))
                .extracting(Span::type)
                .containsOnly(EntityType.LOCATION);
        assertThat(SurfaceTypes.harmonise(surname, false, NO_NAMES))
                .extracting(Span::type)
                .containsExactly(EntityType.PERSON, EntityType.PERSON, EntityType.LOCATION);
    }

    /** The {@code nth} occurrence of {@code name} in {@code text}, counting from 0. */
    private static Span at(String text, int nth, String name, EntityType type) {
        int start = -1;
        for (int n = 0; n <= nth; n++) {
            start = text.indexOf(name, start + 1);
        }
        return span(start, name, type);
    }

    private static Span span(int start, String text, EntityType type) {
        return new Span(
                ZoneName.BODY,
                start,
                start + text.length(),
                text,
                type,
                null,
                MentionForm.NAME,
                text.split(" ").length);
    }
}
