package newsflow.enrich.tagging.crf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import org.junit.jupiter.api.Test;

/**
 * Names told by their shape or by the words around them: names written family name first, given names the model left
 * out, prefixes in small letters, legal forms that open a name, ice caps, rivers named without their word, places an
 * apposition names and bodies an apposition names.
 */
class NameShapesTests {

    private final CrfGazetteerTagger tagger = LoadedTagger.get();

    @Test
    void takesKoreanNamesWrittenFamilyNameFirstForPeopleAndTheFamilyNameAloneForTheSamePerson() {
        List<Entity> entities = tag(
                "Tigers win the series in Gwangju",
                "For Bang Seung-ho, the Tigers manager, who was born in the city, it was special. “This city has had "
                        + "hard years,” Bang said.\nFans celebrate at second base. Seo Eun-ji/Yonhap\nInvestors in "
                        + "Hong Kong-based funds were calm.");

        assertThat(Mentions.types(entities, "Bang Seung-ho")).containsExactly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "Seo Eun-ji")).containsExactly(EntityType.PERSON);
        assertThat(entities)
                .filteredOn(entity -> entity.id().equals("person:bang-seung-ho"))
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .containsExactly("Bang Seung-ho", "Bang");
        assertThat(Mentions.types(entities, "Hong Kong-based")).doesNotContain(EntityType.PERSON);
    }

    @Test
    void beginsAPersonsNameWithTheGivenNameTheModelLeftOutButNotWithATitleOrADay() {
        List<Entity> entities = tag(
                "Glacier study",
                "The ice is melting fast, scientists say. René Quispe Yupanqui, a hydrologist at the university, said "
                        + "so. On Sunday Houston Merritt said the same. Co-Premiers Prince Norodom Ranariddh and Hun Sen agreed earlier "
                        + "this week to the king's request.");

        assertThat(Mentions.types(entities, "René Quispe Yupanqui")).containsExactly(EntityType.PERSON);
        assertThat(Mentions.texts(entities))
                .doesNotContain("Quispe Yupanqui", "Sunday Houston Merritt", "Prince Norodom Ranariddh");
    }

    @Test
    void keepsANounClassPrefixInSmallLettersInTheName() {
        List<Entity> entities = tag(
                "Coelacanths filmed",
                "The vehicle spent 19 days in the submarine canyons off iSimangaliso Wetland Park and filmed 58 fish.");

        assertThat(Mentions.types(entities, "iSimangaliso Wetland Park")).containsExactly(EntityType.LOCATION);
    }

    @Test
    void takesNamesWithAnIndonesianOrAnAmericanLegalFormAndABrokersWordForOrganisations() {
        List<Entity> entities = tag(
                "Nickel output rises",
                "PT Indonesia Morowali Industrial Park said output rose, said Stefani Wirjawan, a metals analyst at "
                        + "Mandiri Sekuritas in Jakarta. Nunavut Tunngavik Incorporated said the claims office in "
                        + "Iqaluit would open.");

        assertThat(Mentions.types(entities, "PT Indonesia Morowali Industrial Park"))
                .containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Mandiri Sekuritas")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Nunavut Tunngavik Incorporated")).containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void takesAnIceCapALoughAndARiverNamedWithoutItsWordForPlaces() {
        List<Entity> entities = tag(
                "Bridge row",
                "CUSCO, Peru — The Quelccaya Ice Cap, a dome of ice, is shrinking. Councillors back a new footbridge "
                        + "over the River Moy in Ballina. Salmon numbers on the Moy have fallen, and fish move up "
                        + "towards Lough Conn. Anglers on the bank of the Moy were angry.");

        assertThat(Mentions.types(entities, "Quelccaya Ice Cap")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Lough Conn")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Moy")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesANameAnAppositionCallsACityForAPlaceAndOneItCallsAFederationForABody() {
        List<Entity> entities = tag(
                "Count goes on",
                "He pointed out that El Alto, the fast-growing city above the capital, had also asked for a recount. "
                        + "Évelyne Kohler-Sautebin, a historian of the region, said so. The FERWACY, the national "
                        + "federation, says it wants the race moved up. The national weather service, SENAMHI, "
                        + "installed two stations.");

        assertThat(Mentions.types(entities, "El Alto")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Évelyne Kohler-Sautebin")).containsExactly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "FERWACY")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "SENAMHI")).containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void takesAOneWordNameAfterAPrepositionOfGoingSomewhereForAPlaceWhereNoPersonBearsIt() {
        List<Entity> entities = tag(
                "Power plant starts selling",
                "ROSEAU, Dominica — The geothermal power station at Laudat began selling electricity on Tuesday. The "
                        + "trams will run to Broadmeadow if the city gets its way. Qidra had said the man was held, "
                        + "and rights groups wrote letters to Qidra. The bodies were found in a house belonging to "
                        + "Detroux.");

        assertThat(Mentions.types(entities, "Laudat")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Broadmeadow")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Qidra")).doesNotContain(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Detroux")).doesNotContain(EntityType.LOCATION);
    }

    @Test
    void leavesARankOrANationalityBeforeAPersonsNameOutOfIt() {
        List<Entity> entities = tag(
                "Rally ends",
                "Doctor Masserigne Ndiaye said the staff were overwhelmed. Makinen stopped fellow Finn Juha "
                        + "Kankkunen on the final day.");

        assertThat(Mentions.texts(entities)).contains("Masserigne Ndiaye", "Juha Kankkunen");
    }

    @Test
    void takesParliamentsByTheirOwnNamesAndCompaniesByTheWordsOfTheirTradesForOrganisations() {
        List<Entity> entities = tag(
                "Budget vote",
                "The Eduskunta passed the budget on Friday, and the Seimas will vote next week. Finnish deputies "
                        + "said so. Maison Véron, Lowveld Ledger and Ponce Biologics all reported losses, as did "
                        + "Buda Musique.");

        assertThat(Mentions.types(entities, "Eduskunta")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Seimas")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Finnish")).containsExactly(EntityType.COUNTRY);
        assertThat(Mentions.types(entities, "Maison Véron")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Lowveld Ledger")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Ponce Biologics")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Buda Musique")).containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void takesABodyNamedByAWordAndACountryOrAShopForAnOrganisationButNotARegionOfTheCountry() {
        List<Entity> entities = tag(
                "Flood plan",
                "The weir at Athlone is managed by Waterways Ireland, which said it would release more water. "
                        + "Exporters in Latin America and Northern Ireland watched. The Cuba Cheese Shoppe stayed "
                        + "open.");

        assertThat(Mentions.types(entities, "Waterways Ireland")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Latin America")).doesNotContain(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Cuba Cheese Shoppe")).containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void takesEveryMentionOfAVolcanoAnAppositionNamesForThePlace() {
        List<Entity> entities = tag(
                "Klyuchevskoy sends ash 12 km high",
                "PETROPAVLOVSK-KAMCHATSKY, March 9 (TASS) — Klyuchevskoy, the tallest active volcano in Russia, threw "
                        + "a column of ash. Klyuchevskoy has erupted in most years this century.");

        assertThat(Mentions.types(entities, "Klyuchevskoy")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesANameAfterAPrepositionOfPlaceThatOpensASentenceForAPlace() {
        List<Entity> entities = tag(
                "Turnout falls",
                "The alliance's vote there fell by almost 12 points. In Piedras Negras, across the river from Eagle "
                        + "Pass, turnout was the lowest in a decade.");

        assertThat(Mentions.types(entities, "Piedras Negras")).containsOnly(EntityType.LOCATION);
    }

    private List<Entity> tag(String headline, String body) {
        return tagger.tag(List.of(new Zone(ZoneName.HEADLINE, headline), new Zone(ZoneName.BODY, body)))
                .entities();
    }
}
