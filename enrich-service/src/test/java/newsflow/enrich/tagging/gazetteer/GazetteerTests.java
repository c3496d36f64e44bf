package newsflow.enrich.tagging.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import newsflow.contract.EntityType;
import org.junit.jupiter.api.Test;

class GazetteerTests {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    @Test
    void everyWikidataIdBelongsToAnEntityTheGazetteersKnow() {
        Map<String, KnownEntity> entities = GAZETTEER.entities();

        assertThat(GAZETTEER.idsWithWikidataIds())
                .allSatisfy(id -> assertThat(entities).containsKey(id));
    }

    @Test
    void givesEveryCountryItsWikidataId() {
        assertThat(GAZETTEER.entities().values())
                .filteredOn(entity -> entity.type() == EntityType.COUNTRY)
                .hasSizeGreaterThanOrEqualTo(249)
                .allSatisfy(country -> assertThat(country.wikidataId()).matches("Q[1-9][0-9]*"));
        assertThat(GAZETTEER.entities().get("country:DK").wikidataId()).isEqualTo("Q35");
    }

    @Test
    void knowsTwentyThousandOrganisationsMostWithWikidataIds() {
        var organisations = GAZETTEER.entities().values().stream()
                .filter(entity -> entity.type() == EntityType.ORGANIZATION)
                .toList();

        assertThat(organisations).hasSizeGreaterThan(20_000);
        assertThat(organisations.stream()
                        .filter(entity -> entity.wikidataId() != null)
                        .count())
                .isGreaterThan(organisations.size() / 2);
    }

    @Test
    void knowsClubsByThePlacesTheyAreNamedAfter() {
        assertThat(GAZETTEER.clubByPlace("Sevilla"))
                .get()
                .extracting(GazetteerEntry::id)
                .isEqualTo("org:sevilla-fc");
        assertThat(GAZETTEER.clubByPlace("SEVILLA"))
                .get()
                .extracting(GazetteerEntry::id)
                .isEqualTo("org:sevilla-fc");
        assertThat(GAZETTEER.lookup("Sevilla"))
                .get()
                .extracting(GazetteerEntry::id)
                .isEqualTo("location:seville-es");
        assertThat(GAZETTEER.lookup("Valencia"))
                .get()
                .extracting(GazetteerEntry::match)
                .isEqualTo(Match.SPORT_ONLY);
        assertThat(GAZETTEER.lookup("Groningen"))
                .get()
                .extracting(GazetteerEntry::match)
                .isEqualTo(Match.SPORT_ONLY);
        assertThat(GAZETTEER.lookup("Inter"))
                .get()
                .extracting(GazetteerEntry::match)
                .isEqualTo(Match.SPORTS);
    }

    @Test
    void knowsGivenNamesFromManyCountries() {
        assertThat(List.of("Sindre", "Jordan", "Georgia", "Søren", "Łukasz", "Mikko", "Chad"))
                .allSatisfy(
                        name -> assertThat(GAZETTEER.isGivenName(name)).as(name).isTrue());
        assertThat(GAZETTEER.isGivenName("the")).isFalse();
    }

    @Test
    void knowsSportsLeaguesAndConferencesAsBodiesAndNewsAgenciesByTheNamesTheySignWith() {
        assertThat(GAZETTEER.lookup("NCAA"))
                .hasValueSatisfying(entry ->
                        assertThat(entry.entity().id()).isEqualTo("org:national-collegiate-athletic-association"));
        assertThat(GAZETTEER.lookup("Big Ten"))
                .hasValueSatisfying(entry -> assertThat(entry.entity().id()).isEqualTo("org:big-ten-conference"));
        assertThat(GAZETTEER.lookup("PTI"))
                .hasValueSatisfying(entry -> assertThat(entry.entity().id()).isEqualTo("org:pakistan-tehreek-e-insaf"));
        assertThat(GAZETTEER.agencyCredit("PTI"))
                .hasValueSatisfying(entry -> assertThat(entry.entity().id()).isEqualTo("org:press-trust-of-india"));
    }
}
