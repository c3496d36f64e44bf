package newsflow.enrich.tagging.resolution.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import org.junit.jupiter.api.Test;

/** Places, buildings and bodies told by the words of their names: counties, regions, forests, ports, valleys, provinces'
 * halves, governorates, coliseums, forts, bazaars, arenas, museums "of" something. */
class VenuesTests {

    private static final String TEXT =
            "Floods hit County Westmeath, the Ashanti Region, the Atewa Forest, Port Douglas, "
                    + "Port Vale's ground, the Port Authority, Ilocos Norte, Banco del Sur, Bakara Market, the Zagreb Money Market, the Valle de los Ingenios, the Khone Falls and the "
                    + "Cuba-Rushford Central School District, in Al Wusta Governorate and at the Coliseo Raymond Dalmau, "
                    + "near Bahla Fort, in Mangal Bazaar, at the Olvi Areena and the Dallas Museum of Art, on the road to "
                    + "West Dawson, in St Mark's Square and in St Mark Street, in the Central European Free Trade Area, at the Great Laxey "
                    + "Mine, in the Menabe Antimena Protected Area, in Ciudad Vieja and at the Centralne Muzeum "
                    + "Włókiennictwa. The injured were taken to Kenyatta National Hospital and to the Hospital Dr. "
                    + "Ayres de Menezes.";

    @Test
    void takesAMineAProtectedAreaAndACiudadTheModelCallsBodiesForPlacesButNotAFreeTradeAreaAndAMuzeumForABody() {
        assertThat(retype(span("Great Laxey Mine", EntityType.ORGANIZATION), false)
                        .type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(retype(span("Menabe Antimena Protected Area", EntityType.ORGANIZATION), false)
                        .type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(retype(span("Central European Free Trade Area", EntityType.ORGANIZATION), false)
                        .type())
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(retype(span("Ciudad Vieja", EntityType.ORGANIZATION), false).type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(retype(span("Centralne Muzeum Włókiennictwa", EntityType.PERSON), false)
                        .type())
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void takesANameBeginningWithAPointOfTheCompassTheModelCallsAPersonForAPlaceOutsideSport() {
        Span place = span("West Dawson", EntityType.PERSON);

        assertThat(retype(place, false).type()).isEqualTo(EntityType.LOCATION);
        assertThat(retype(place, true).type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void takesASaintsNameInThePossessiveAndASquaresWordForThePlace() {
        int mark = TEXT.indexOf("Mark's");
        Span saint = new Span(ZoneName.BODY, mark, mark + 4, "Mark", EntityType.PERSON, null, MentionForm.NAME, 1);
        Span withoutSquare = new Span(
                ZoneName.BODY,
                TEXT.indexOf("St Mark Street"),
                TEXT.indexOf("St Mark Street") + "St Mark".length(),
                "St Mark",
                EntityType.ORGANIZATION,
                null,
                MentionForm.NAME,
                2);

        assertThat(retype(saint, false))
                .extracting(Span::text, Span::type)
                .containsExactly("St Mark's Square", EntityType.LOCATION);
        assertThat(retype(withoutSquare, false).text()).isEqualTo("St Mark");
    }

    @Test
    void takesACountyTheModelCallsAnOrganisationForThePlaceOutsideSportAndForTheTeamInSport() {
        Span county = span("County Westmeath", EntityType.ORGANIZATION);

        assertThat(retype(county, false).type()).isEqualTo(EntityType.LOCATION);
        assertThat(retype(county, true).type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void keepsASchoolDistrictAnOrganisation() {
        Span district = span("Cuba-Rushford Central School District", EntityType.ORGANIZATION);

        assertThat(retype(district, false).type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void takesARegionAForestAndAPortTheModelCallsOrganisationsForPlacesButNotAPortsAuthority() {
        assertThat(retype(span("Ashanti Region", EntityType.ORGANIZATION), false)
                        .type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(retype(span("Atewa Forest", EntityType.ORGANIZATION), false).type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(retype(span("Port Douglas", EntityType.ORGANIZATION), false).type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(retype(span("Port Authority", EntityType.ORGANIZATION), false)
                        .type())
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(retype(span("Port Vale", EntityType.ORGANIZATION), true).type())
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void takesAMarketTheModelCallsAnOrganisationForAPlaceButNotAFinancialMarket() {
        assertThat(retype(span("Bakara Market", EntityType.ORGANIZATION), false).type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(retype(span("Zagreb Money Market", EntityType.ORGANIZATION), false)
                        .type())
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void takesAValleyNamedInSpanishAndFallsTheModelCallsABodyForPlaces() {
        assertThat(retype(span("Valle de los Ingenios", EntityType.ORGANIZATION), false)
                        .type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(retype(span("Khone Falls", EntityType.ORGANIZATION), false).type())
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void takesAProvincesHalfForAPlaceButNotABankNamedAfterOne() {
        assertThat(retype(span("Ilocos Norte", EntityType.ORGANIZATION), false).type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(retype(span("Ilocos Norte", EntityType.PERSON), false).type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(retype(span("Banco del Sur", EntityType.ORGANIZATION), false).type())
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void takesAnAdministrativeDivisionOrAColiseumTheModelCallsAPersonForAPlace() {
        assertThat(retype(span("Al Wusta Governorate", EntityType.PERSON), false)
                        .type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(retype(span("Coliseo Raymond Dalmau", EntityType.PERSON), true)
                        .type())
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void takesAMountainPassOrARacetrackTheModelCallsAnOrganisationOrAPersonForAPlace() {
        List<Span> places = Venues.retype(
                List.of(
                        Span.found(ZoneName.BODY, 0, 14, "Khunjerab Pass", EntityType.ORGANIZATION),
                        Span.found(ZoneName.BODY, 23, 51, "Al Shahaniya Camel Racetrack", EntityType.PERSON)),
                Map.of(ZoneName.BODY, "Khunjerab Pass and the Al Shahaniya Camel Racetrack"),
                false,
                word -> false);

        assertThat(places).extracting(Span::type).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesALakeOrARangeTheModelCallsAnOrganisationForAPlace() {
        List<Span> places = Venues.retype(
                List.of(
                        Span.found(ZoneName.BODY, 0, 10, "Kandy Lake", EntityType.ORGANIZATION),
                        Span.found(ZoneName.BODY, 15, 29, "Knuckles Range", EntityType.ORGANIZATION)),
                Map.of(ZoneName.BODY, "Kandy Lake and Knuckles Range"),
                false,
                word -> false);

        assertThat(places).extracting(Span::type).containsOnly(EntityType.LOCATION);
    }

    @Test
    void beginsAWorkNamedAfterARulerWithTheRulersTitle() {
        Span place = Venues.retype(
                        List.of(Span.found(ZoneName.BODY, 17, 26, "Talal Dam", EntityType.PERSON)),
                        Map.of(ZoneName.BODY, "which feeds King Talal Dam"),
                        false,
                        word -> word.equals("Talal"))
                .get(0);

        assertThat(place.text()).isEqualTo("King Talal Dam");
        assertThat(place.type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void takesABazaarForAPlaceEvenAfterAWordThatIsAGivenName() {
        assertThat(Venues.retype(
                                List.of(Span.found(ZoneName.BODY, 0, 12, "Jayma Bazaar", EntityType.PERSON)),
                                Map.of(ZoneName.BODY, "Jayma Bazaar"),
                                false,
                                word -> word.equals("Jayma"))
                        .get(0)
                        .type())
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void takesAFortABazaarAndAnArenaForPlacesAndAMuseumOfSomethingForAnOrganisation() {
        assertThat(retype(span("Bahla Fort", EntityType.ORGANIZATION), false).type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(retype(span("Mangal Bazaar", EntityType.PERSON), false).type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(retype(span("Olvi Areena", EntityType.ORGANIZATION), true).type())
                .isEqualTo(EntityType.LOCATION);
        assertThat(retype(span("Dallas Museum of Art", EntityType.LOCATION), false)
                        .type())
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void takesAHospitalForAnInstitutionWhereverItIs() {
        assertThat(retype(span("Kenyatta National Hospital", EntityType.LOCATION), false)
                        .type())
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(retype(span("Hospital Dr. Ayres de Menezes", EntityType.LOCATION), false)
                        .type())
                .isEqualTo(EntityType.ORGANIZATION);
    }

    private static Span retype(Span span, boolean sports) {
        return Venues.retype(List.of(span), Map.of(ZoneName.BODY, TEXT), sports, word -> false)
                .get(0);
    }

    private static Span span(String text, EntityType type) {
        int start = TEXT.indexOf(text);
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
